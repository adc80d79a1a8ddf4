package org.continuityacademy.directory;

import org.continuityacademy.base.Search;
import org.continuityacademy.base.i18n.Messages;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
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

    AccountAdministration(Accounts accounts, CurrentUser currentUser, Messages messages) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    public List<AccountRow> search(String text, Pageable page) {
        return accounts.search(Search.containsPattern(text), page).stream().map(AccountAdministration::row).toList();
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

    private static AccountRow row(Account a) {
        return new AccountRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getEmployeeId() != null,
                a.getPasswordHash() != null, a.getRoles(), a.isEnabled(), a.getLastLoginAt());
    }
}
