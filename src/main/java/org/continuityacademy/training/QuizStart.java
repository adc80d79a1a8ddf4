package org.continuityacademy.training;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether the learner may start (or resume) the quiz of an assignment now, and if not, why.
 *
 * @param availableAt when a cool-down ends, if one applies
 */
public record QuizStart(boolean allowed, int attemptsUsed, int maxAttempts, @Nullable Instant availableAt,
                        @Nullable String reason) {
}
