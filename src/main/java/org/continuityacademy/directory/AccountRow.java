package org.continuityacademy.directory;

import java.time.Instant;
import java.util.Set;
import org.continuityacademy.security.AppRole;
import org.jspecify.annotations.Nullable;

/**
 * An account as the administrator's list shows it. {@code lockedUntil}: set while its local sign-in is refused after too
 * many failed attempts; {@code passkeys}: how many passkeys its owner has added for two-step sign-in.
 */
public record AccountRow(long id, String username, String displayName, @Nullable String email,
                         boolean linkedToEmployee, boolean localPassword, Set<AppRole> roles, boolean enabled,
                         @Nullable Instant lastSignIn, @Nullable Instant lockedUntil, int passkeys) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
