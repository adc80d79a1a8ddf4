package org.continuityacademy.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The e-mail outbox as the administrator sees it: the backlog and why it is there.
 *
 * @param waiting      e-mails not sent yet (pending, or being sent)
 * @param oldest       when the oldest of them was written; null when none waits
 * @param nextAttempt  when the next of them is due to be tried (may be past: the dispatcher runs every 30 seconds)
 * @param retried      how many of them have failed at least once
 * @param failed       e-mails given up on (the mail server refused the address for good)
 * @param lastError    the latest failed attempt, of a waiting e-mail or one given up on; null when there is none
 */
public record OutboxStatus(int waiting, @Nullable Instant oldest, @Nullable Instant nextAttempt, int retried, int failed,
                           @Nullable LastError lastError) {

    /** What the mail server (or the connection to it) answered, and when the attempt started. */
    public record LastError(String message, Instant at) {
    }
}
