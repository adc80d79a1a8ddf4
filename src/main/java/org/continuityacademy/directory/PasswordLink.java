package org.continuityacademy.directory;

import java.time.Instant;

/**
 * A working link to the set-password page, as the page shows it.
 *
 * @param username   the account's user name (the person signs in with it)
 * @param invitation the first password of a new account (else a reset)
 */
public record PasswordLink(String username, String displayName, Instant expiresAt, boolean invitation) {
}
