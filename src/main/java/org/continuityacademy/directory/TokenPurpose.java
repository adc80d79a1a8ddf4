package org.continuityacademy.directory;

import java.time.Duration;

/** What a single-use link to the set-password page is for, and how long it works. */
enum TokenPurpose {

    /** A new account's first password: the invitation e-mail. Works for 7 days. */
    INVITATION(Duration.ofDays(7)),
    /**
     * A new password for someone who forgot theirs (or whose password an administrator cleared). Works for one hour:
     * the person asked for it just now and is at their mailbox, and a reset link lets whoever holds it take the
     * account, so it should not lie around in a mailbox for days.
     */
    PASSWORD_RESET(Duration.ofHours(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    Duration validity() {
        return validity;
    }
}
