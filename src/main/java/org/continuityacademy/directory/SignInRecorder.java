package org.continuityacademy.directory;

import java.time.Clock;
import org.continuityacademy.security.AppUserPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each account's last sign-in time, which administrators see in the account list. */
@Component
class SignInRecorder {

    private final Accounts accounts;
    private final Clock clock;

    SignInRecorder(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal) {
            accounts.recordSignIn(principal.accountId(), clock.instant());
        }
    }
}
