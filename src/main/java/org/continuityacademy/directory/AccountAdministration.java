package org.continuityacademy.directory;

import org.continuityacademy.base.Search;
import org.continuityacademy.base.i18n.Messages;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.directory.FailedSignIns.Subject;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.SignedInSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their app roles, for administrators. Every change is in the audit trail; disabling an account or
 * taking an app role away ends the person's open sessions on every node within a minute.
 */
@Service
@PreAuthorize(Access.ADMIN)
@Transactional(readOnly = true)
public class AccountAdministration {

    private final Accounts accounts;
    private final Employees employees;
    private final SignedInSessions sessions;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final FailedSignIns failedSignIns;
    private final AuditTrail audit;
    private final AuditedPasskeys passkeys;
    private final Clock clock;

    AccountAdministration(Accounts accounts, Employees employees, SignedInSessions sessions, CurrentUser currentUser,
                          Messages messages, FailedSignIns failedSignIns, AuditTrail audit, AuditedPasskeys passkeys,
                          Clock clock) {
        this.accounts = accounts;
        this.employees = employees;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.messages = messages;
        this.failedSignIns = failedSignIns;
        this.audit = audit;
        this.passkeys = passkeys;
        this.clock = clock;
    }

    public List<AccountRow> search(String text, Pageable page) {
        List<Account> found = accounts.search(Search.wordsPattern(text), page);
        Map<Long, Instant> locked = failedSignIns.lockedAccounts(found.stream().map(Account::getId).toList(), clock.instant());
        Map<String, Integer> keys = passkeys.countByUsername(found.stream().map(Account::getUsername).toList());
        return found.stream().map(a -> row(a, locked.get(a.getId()), keys.getOrDefault(a.getUsername(), 0))).toList();
    }

    public long count(String text) {
        return accounts.countSearch(Search.wordsPattern(text));
    }

    /**
     * Sets an account's app roles and whether it may sign in. Refuses changes that would lock the
     * administrators out: your own administrator role or account, or the last enabled administrator; and
     * refuses to enable the account of someone who has left (HR's list decides that).
     */
    @Transactional
    public AccountRow changeAccess(long accountId, Set<AppRole> roles, boolean enabled) {
        return change(find(accountId), roles.isEmpty() ? EnumSet.noneOf(AppRole.class) : EnumSet.copyOf(roles), enabled);
    }

    /**
     * Disables an account: its owner cannot sign in, and their open sessions end within a minute on every node.
     * Not your own, nor the last enabled administrator's.
     */
    @Transactional
    public AccountRow disable(long accountId) {
        Account account = find(accountId);
        return change(account, account.getRoles(), false);
    }

    /** Enables a disabled account again, with the app roles it had; not for someone who has left the organisation. */
    @Transactional
    public AccountRow enable(long accountId) {
        Account account = find(accountId);
        return change(account, account.getRoles(), true);
    }

    private Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new AccountChangeRefused(messages.get("accounts.refused.gone")));
    }

    private AccountRow change(Account account, Set<AppRole> roles, boolean enabled) {
        long accountId = account.getId();
        boolean self = accountId == currentUser.require().accountId();
        boolean staysAdmin = enabled && roles.contains(AppRole.ADMIN);
        if (!staysAdmin && account.getRoles().contains(AppRole.ADMIN) && account.isEnabled()) {
            if (self) {
                throw new AccountChangeRefused(messages.get("accounts.refused.yourself"));
            }
            if (accounts.countOtherEnabledAdmins(accountId) == 0) {
                throw new AccountChangeRefused(messages.get("accounts.refused.last-admin"));
            }
        }
        if (enabled && !account.isEnabled() && account.getEmployeeId() != null
                && employees.findById(account.getEmployeeId()).filter(e -> !e.isActive()).isPresent()) {
            throw new AccountChangeRefused(messages.get("accounts.refused.left", account.getDisplayName()));
        }
        var before = account.getRoles();
        boolean wasEnabled = account.isEnabled();
        account.changeAccess(roles, enabled);
        String id = String.valueOf(accountId);
        if (wasEnabled != enabled) {
            audit.record(enabled ? "account enabled" : "account disabled", "account", id,
                    account.getUsername() + (enabled ? ": enabled again by an administrator" : ": disabled by an administrator"),
                    wasEnabled ? "enabled" : "disabled", enabled ? "enabled" : "disabled");
        }
        if (!before.equals(roles)) {
            audit.record("app roles changed", "account", id, account.getUsername() + ": " + difference(before, roles)
                    + " by an administrator", ManagerRoles.names(before), ManagerRoles.names(roles));
        }
        // signed-in people keep the roles they signed in with: losing access ends their sessions (not your own)
        if (wasEnabled && (!enabled || !roles.containsAll(before)) && !self) {
            sessions.endSessionsOf(List.of(accountId));
        }
        return row(accounts.saveAndFlush(account));
    }

    /** "HR granted, Manager removed", in the words of the audit trail. */
    private static String difference(Set<AppRole> before, Set<AppRole> after) {
        var parts = new ArrayList<String>();
        EnumSet.allOf(AppRole.class).forEach(role -> {
            if (after.contains(role) && !before.contains(role)) {
                parts.add(role.name() + " granted");
            } else if (before.contains(role) && !after.contains(role)) {
                parts.add(role.name() + " removed");
            }
        });
        return String.join(", ", parts);
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
        return row(account);
    }

    /**
     * Resets the two-step sign-in of someone who lost the device that holds their passkey: every passkey of theirs is
     * removed (each audited, and the reset itself) and their open sessions end, so at their next sign-in they prove
     * who they are with a code by e-mail and can add a new passkey. Not your own (use "Two-step sign-in" in your
     * user menu); refused when they have no passkey.
     */
    @Transactional
    public AccountRow resetTwoStepSignIn(long accountId) {
        Account account = find(accountId);
        if (accountId == currentUser.require().accountId()) {
            throw new AccountChangeRefused(messages.get("accounts.refused.two-step-yourself"));
        }
        int removed = passkeys.removeAll(account.getUsername());
        if (removed == 0) {
            throw new AccountChangeRefused(messages.get("accounts.refused.no-passkey", account.getDisplayName()));
        }
        audit.record("two-step sign-in reset", "account", String.valueOf(accountId),
                account.getUsername() + ": " + removed + " passkey(s) removed by an administrator; sessions ended",
                removed + " passkey(s)", "none");
        sessions.endSessionsOf(List.of(accountId));
        return row(account);
    }

    private AccountRow row(Account a) {
        return row(a, failedSignIns.lockedUntil(Subject.account(a.getId()), clock.instant()).orElse(null),
                passkeys.countByUsername(List.of(a.getUsername())).getOrDefault(a.getUsername(), 0));
    }

    private static AccountRow row(Account a, @Nullable Instant lockedUntil, int passkeys) {
        return new AccountRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getEmployeeId() != null,
                a.getPasswordHash() != null, a.getRoles(), a.isEnabled(), a.getLastLoginAt(), lockedUntil, passkeys);
    }
}
