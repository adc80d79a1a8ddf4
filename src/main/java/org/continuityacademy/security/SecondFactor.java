package org.continuityacademy.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Two-step sign-in for the powerful: a local account that holds one of the guarded app roles
 * ({@code SECOND_FACTOR_ROLES}, default HR and Administrator) reaches those roles only after its password and a
 * second factor — a passkey (Spring Security's WebAuthn) or a one-time code by e-mail (its one-time-token login).
 * Single sign-on accounts rely on the provider's multi-factor authentication. The factors are the
 * {@link FactorGrantedAuthority}s Spring Security adds at each sign-in step and keeps together on one session.
 */
@Component
public class SecondFactor {

    /** Held, instead of the guarded roles, by someone who has given a password but no second factor yet. */
    public static final String NEEDED = "SECOND_FACTOR_NEEDED";

    private final Set<AppRole> guarded;

    SecondFactor(@Value("${academy.security.second-factor-roles:HR,ADMIN}") String roles) {
        var set = EnumSet.noneOf(AppRole.class);
        Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).forEach(r -> {
            try {
                set.add(AppRole.valueOf(r.toUpperCase(Locale.ROOT).replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("SECOND_FACTOR_ROLES names '" + r + "', which is not an app role: use HR, ADMIN, "
                        + "CONTINUITY_MANAGER or MANAGER");
            }
        });
        this.guarded = set;
    }

    /** The app roles that need a second factor (empty: two-step sign-in is off). */
    public Set<AppRole> guardedRoles() {
        return guarded.isEmpty() ? EnumSet.noneOf(AppRole.class) : EnumSet.copyOf(guarded);
    }

    /** Whether this person must give a second factor before reaching their guarded roles. */
    public boolean requiredFor(AppUserPrincipal person) {
        return !person.viaSingleSignOn() && person.roles().stream().anyMatch(guarded::contains);
    }

    /** Whether a session's authorities show a password and a second factor. */
    public static boolean given(Collection<? extends GrantedAuthority> authorities) {
        boolean password = has(authorities, FactorGrantedAuthority.PASSWORD_AUTHORITY);
        boolean second = has(authorities, FactorGrantedAuthority.WEBAUTHN_AUTHORITY) || has(authorities, FactorGrantedAuthority.OTT_AUTHORITY);
        return password && second;
    }

    static boolean has(Collection<? extends GrantedAuthority> authorities, String authority) {
        return authorities.stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
