package org.continuityacademy.training;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A submitted attempt: score, pass or fail against the pass mark, the sections to re-read, and, after a pass or the
 * last attempt, feedback on every question.
 *
 * @param feedback     every question with the right answers and why: empty unless {@code answersShown}
 * @param answersShown whether the right answers are shown (after a pass, or when no attempt is left)
 * @param topics       the headings of the module's sections that teach the questions missed, in the module's order
 */
public record AttemptResult(long attemptId, String moduleId, String moduleTitle, String moduleVersion, int correct,
                            int total, int score, int passMark, boolean passed, Instant submittedAt,
                            List<Feedback> feedback, @Nullable CompletionRow completion, int attemptsLeft,
                            boolean answersShown, List<String> topics) {

    /** One question after submission: what was chosen, what was right, and why. */
    public record Feedback(QuizQuestion question, Set<String> chosen, Set<String> correctOptions, boolean right,
                           String explanation) {
    }
}
