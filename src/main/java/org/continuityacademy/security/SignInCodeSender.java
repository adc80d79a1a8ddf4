package org.continuityacademy.security;

import org.jspecify.annotations.Nullable;

/** Sends the signed-in person a one-time sign-in code by e-mail, for the second step of signing in. */
public interface SignInCodeSender {

    /** Sends a new code; the address it went to, masked, or null when the mail server refused it. */
    @Nullable String sendToMe();
}
