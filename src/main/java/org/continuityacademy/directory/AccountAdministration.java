package org.continuityacademy.directory;

import org.continuityacademy.base.Search;
import org.continuityacademy.base.i18n.Messages;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.directory.FailedSignIns.Subject;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and their app roles, for administrators. */
@Service
@PreAuthorize(Access.ADMIN)
@Transactional(readOnly = true)
public class AccountAdministration {

    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final FailedSignIns failedSignIns;
    private final AuditTrail audit;
    private final Clock clock;

    AccountAdministration(Accounts accounts, CurrentUser currentUser, Messages messages, FailedSignIns failedSignIns,
                          AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.messages = messages;
        this.failedSignIns = failedSignIns;
        this.audit = audit;
        this.clock = clock;
    }

    public List<AccountRow> search(String text, Pageable page) {
        List<Account> found = accounts.search(Search.containsPattern(text), page);
        Map<Long, Instant> locked = failedSignIns.lockedAccounts(found.stream().map(Account::getId).toList(), clock.instant());
        return found.stream().map(a -> row(a, locked.get(a.getId()))).toList();
    }

    public long count(String text) {
        return accounts.countSearch(Search.containsPattern(text));
    }

    /**
     * Sets an account's app roles and whether it may sign in. Refuses changes that would lock the
     * administrators out: your own administrator role or account, or the last enabled administrator.
     */
    @Transactional
    public AccountRow changeAccess(long accountId, Set<AppRole> roles, boolean enabled) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new AccountChangeRefused(messages.get("accounts.refused.gone")));
        boolean staysAdmin = enabled && roles.contains(AppRole.ADMIN);
        if (!staysAdmin && account.getRoles().contains(AppRole.ADMIN) && account.isEnabled()) {
            if (accountId == currentUser.require().accountId()) {
                throw new AccountChangeRefused(messages.get("accounts.refused.yourself"));
            }
            if (accounts.countOtherEnabledAdmins(accountId) == 0) {
                throw new AccountChangeRefused(messages.get("accounts.refused.last-admin"));
            }
        }
        account.changeAccess(roles.isEmpty() ? EnumSet.noneOf(AppRole.class) : EnumSet.copyOf(roles), enabled);
        return row(accounts.saveAndFlush(account));
    }

    /**
     * Lets a person whose local sign-in is locked after too many failed attempts sign in again now, rather than when the
     * lock ends, and forgets their failures. Audited. Refuses an account that is not locked (any more).
     */
    @Transactional
    public AccountRow unlock(long accountId) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new AccountChangeRefused(messages.get("accounts.refused.gone")));
        Subject subject = Subject.account(accountId);
        Instant until = failedSignIns.lockedUntil(subject, clock.instant())
                .orElseThrow(() -> new AccountChangeRefused(messages.get("accounts.refused.not-locked")));
        failedSignIns.clear(subject);
        audit.record("account unlocked", "account", String.valueOf(accountId),
                account.getUsername() + ": local sign-in allowed again before the lock's end", "locked until " + until, null);
        return row(account, null);
    }

    private AccountRow row(Account a) {
        return row(a, failedSignIns.lockedUntil(Subject.account(a.getId()), clock.instant()).orElse(null));
    }

    private static AccountRow row(Account a, @Nullable Instant lockedUntil) {
        return new AccountRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getEmployeeId() != null,
                a.getPasswordHash() != null, a.getRoles(), a.isEnabled(), a.getLastLoginAt(), lockedUntil);
    }
}
