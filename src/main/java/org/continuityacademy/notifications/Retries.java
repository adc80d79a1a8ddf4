package org.continuityacademy.notifications;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an e-mail the mail server did not take is tried again: {@code first} after the first failure, then twice as long
 * each time, never more than {@code max} apart (1, 2, 4 … minutes, at most an hour, unless set otherwise).
 */
@Component
class Retries {

    private final Duration first;
    private final Duration max;

    Retries(@Value("${academy.notifications.retry-first:1m}") Duration first,
            @Value("${academy.notifications.retry-max:60m}") Duration max) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("academy.notifications.retry-first must be positive and retry-max at least as long: "
                    + first + ", " + max);
        }
        this.first = first;
        this.max = max;
    }

    /** The wait before the next attempt after {@code attempts} failed ones. */
    Duration after(int attempts) {
        int doublings = Math.clamp(attempts - 1, 0, 30);
        Duration wait = first;
        for (int i = 0; i < doublings && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
