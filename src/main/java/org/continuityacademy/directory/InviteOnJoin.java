package org.continuityacademy.directory;

import java.util.Locale;
import org.continuityacademy.security.SingleSignOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invites each person whose account opens, once the change that opened it has committed ({@link AccountOpened}),
 * while {@code INVITE_ON_JOIN} ({@code academy.accounts.invite-on-join}) is on. Unset, it is on when single sign-on
 * is off (people need a password) and off when single sign-on is on (they sign in with the provider; HR can still
 * invite explicitly). Spring Modulith keeps an event until this has handled it, also across a restart.
 */
@Component
class InviteOnJoin {

    private static final Logger log = LoggerFactory.getLogger(InviteOnJoin.class);

    private final Invitations invitations;
    private final boolean enabled;

    @Autowired
    InviteOnJoin(Invitations invitations, SingleSignOn sso, @Value("${academy.accounts.invite-on-join:}") String setting) {
        this(invitations, decide(setting, sso.enabled()));
        log.info("New accounts are {}invited by e-mail when they open (INVITE_ON_JOIN{})", enabled ? "" : "not ",
                setting.isBlank() ? " unset, single sign-on " + (sso.enabled() ? "on" : "off") : "=" + setting.strip());
    }

    InviteOnJoin(Invitations invitations, boolean enabled) {
        this.invitations = invitations;
        this.enabled = enabled;
    }

    /** The setting's value: true or false, or (blank) on exactly when single sign-on is off. */
    static boolean decide(String setting, boolean singleSignOn) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "" -> !singleSignOn;
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException("INVITE_ON_JOIN '" + setting + "' is not understood: use true or false, or leave it unset");
        };
    }

    boolean enabled() {
        return enabled;
    }

    @ApplicationModuleListener
    void on(AccountOpened opened) {
        if (enabled) {
            invitations.inviteNewAccount(opened.accountId());
        }
    }
}
