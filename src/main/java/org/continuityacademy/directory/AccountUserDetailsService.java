package org.continuityacademy.directory;

import org.continuityacademy.security.AccountStatus;
import org.continuityacademy.security.AppUserPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local sign-in: finds the account by user name. Accounts without a password cannot sign in locally. Also tells
 * the session machinery whether an account may still be signed in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, AccountStatus {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.strip())
                .filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        return new AppUserPrincipal(account.getId(), account.getEmployeeId(), account.getUsername(),
                account.getDisplayName(), account.getPasswordHash(), account.getRoles(), account.isEnabled(),
                account.isPasswordChangeRequired());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean enabled(long accountId) {
        return accounts.findById(accountId).map(Account::isEnabled).orElse(false);
    }
}
