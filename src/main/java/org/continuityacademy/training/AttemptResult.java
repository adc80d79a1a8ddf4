package org.continuityacademy.training;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A submitted attempt: score, pass or fail against the pass mark, and feedback on every question. */
public record AttemptResult(long attemptId, String moduleId, String moduleTitle, String moduleVersion, int correct,
                            int total, int score, int passMark, boolean passed, Instant submittedAt,
                            List<Feedback> feedback, @Nullable CompletionRow completion, int attemptsLeft) {

    /** One question after submission: what was chosen, what was right, and why. */
    public record Feedback(QuizQuestion question, Set<String> chosen, Set<String> correctOptions, boolean right,
                           String explanation) {
    }
}
