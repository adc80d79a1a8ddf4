package org.continuityacademy.training;

import java.time.Duration;
import java.time.Instant;

/** A completion as lists and certificates show it. */
public record CompletionRow(long id, long employeeId, String moduleId, String moduleTitle, String moduleVersion,
                            int moduleMajor, int score, Instant completedAt, Instant expiresAt, String verificationCode) {

    /** How many days before expiry a completion counts as "expiring soon". */
    public static final int EXPIRING_SOON_DAYS = 30;

    public boolean current(Instant at) {
        return expiresAt.isAfter(at);
    }

    public boolean expiringSoon(Instant at) {
        return current(at) && expiresAt.isBefore(at.plus(Duration.ofDays(EXPIRING_SOON_DAYS)));
    }
}
