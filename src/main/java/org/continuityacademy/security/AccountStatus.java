package org.continuityacademy.security;

/**
 * Whether an account may still be signed in: asked once more when a session begins, so that an account disabled
 * while its owner was signing in does not keep a session. The directory, which keeps the accounts, answers.
 */
@FunctionalInterface
public interface AccountStatus {

    boolean enabled(long accountId);
}
