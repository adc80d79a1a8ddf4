package org.continuityacademy.directory;

import java.time.Clock;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.security.PasswordRules;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** First administrators for tests outside this package, made as a new installation makes one, and disabled afterwards. */
public final class FirstAdministrators {

    private FirstAdministrators() {
    }

    /** Creates an enabled administrator with this user name and password ({@code ADMIN_PASSWORD}); returns the user name. */
    public static String create(ApplicationContext context, String username, String password) {
        new FirstAdministrator(context.getBean(Accounts.class), context.getBean(PasswordEncoder.class), context.getBean(Clock.class),
                context.getBean(Messages.class), context.getBean(PasswordRules.class), username, password).create(password);
        return username;
    }

    /** Disables it again, so the shared database keeps the demo's administrators only. */
    public static void disable(ApplicationContext context, String username) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            Account account = context.getBean(Accounts.class).findByUsername(username).orElseThrow();
            account.changeAccess(account.getRoles(), false);
        });
    }
}
