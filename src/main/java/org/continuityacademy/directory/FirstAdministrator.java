package org.continuityacademy.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.PasswordRules;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new installation has no accounts, so nobody could sign in to create one. On a start with no
 * enabled administrator, this creates one: with the password in {@code ADMIN_PASSWORD}, or a random
 * one written once to the log. Runs after the demo data, which brings its own administrator.
 * <p>
 * A generated password has been in the log, so it must be changed at the first sign-in (the account is flagged;
 * every view leads to the change-password page until it is done). A password the operator chose in
 * {@code ADMIN_PASSWORD} is theirs and is kept as it is, if it passes {@link PasswordRules}; one that does not (too
 * short, too common) is used to sign in once and must then be changed, like a generated one.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Messages messages;
    private final PasswordRules rules;
    private final String username;
    private final String password;

    FirstAdministrator(Accounts accounts, PasswordEncoder passwordEncoder, Clock clock, Messages messages, PasswordRules rules,
                       @Value("${academy.first-admin.username:admin}") String username,
                       @Value("${academy.first-admin.password:}") String password) {
        this.accounts = accounts;
        this.rules = rules;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.messages = messages;
        this.username = username;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onReady() {
        ensure();
    }

    /** Creates the first administrator if there is no enabled one. Returns whether it did. */
    @Transactional
    boolean ensure() {
        if (accounts.countEnabledAdmins() > 0) {
            return false;
        }
        if (accounts.existsByUsername(username)) {
            log.warn("No enabled administrator exists, and the user name '{}' is taken: enable an administrator "
                    + "in the database or set ADMIN_USERNAME to a free name.", username);
            return false;
        }
        create(password);
        return true;
    }

    /** Creates the administrator with this password (blank: a generated one). */
    Account create(String chosen) {
        boolean generated = chosen.isBlank();
        String secret = generated ? HexFormat.of().formatHex(new SecureRandom().generateSeed(16)) : chosen;
        // the account's display name, as people see it in the account list: in the organisation's language
        String name = messages.get(messages.organisationLocale(), "accounts.first-admin.name");
        List<PasswordRules.Problem> problems = rules.check(secret, new PasswordRules.Owner(username, null, List.of(name)));
        var admin = new Account(username, name, clock.instant());
        admin.setPassword(passwordEncoder.encode(secret), generated || !problems.isEmpty());
        admin.changeAccess(EnumSet.of(AppRole.ADMIN), true);
        Account saved = accounts.save(admin);
        if (generated) {
            log.warn("\n\n  Created the first administrator account '{}' with the password: {}\n"
                    + "  It is shown only this once, and must be changed at the first sign-in. Set ADMIN_PASSWORD to choose it yourself.\n",
                    username, secret);
        } else if (!problems.isEmpty()) {
            log.warn("Created the first administrator account '{}' with the password from ADMIN_PASSWORD, which must be changed "
                    + "at the first sign-in: it breaks the password rules ({})", username,
                    problems.stream().map(PasswordRules.Problem::key).toList());
        } else {
            log.info("Created the first administrator account '{}' with the password from ADMIN_PASSWORD", username);
        }
        return saved;
    }
}
