package org.continuityacademy.directory.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.continuityacademy.directory.Passwords;
import org.continuityacademy.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Sends a person whose password must be changed (the first administrator's generated one) to the change-password
 * page from every view, until they have changed it. The flag comes with the sign-in; the account is asked again so
 * that the change ends the detour at once.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final Passwords passwords;

    PasswordChangeGuard(CurrentUser currentUser, Passwords passwords) {
        this.currentUser = currentUser;
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ChangePasswordView.class) {
            return;
        }
        var user = currentUser.get();
        if (user.isPresent() && user.get().passwordChangeRequired() && passwords.changeRequired()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
