package org.continuityacademy.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * When a learner sees the right answers and explanations of a quiz attempt: a module's {@code answers} setting. Until
 * then a failed attempt shows the score and the sections to re-read, so that the next attempt measures what the
 * learner read rather than what they remember.
 */
public enum AnswerReview {

    /** After a pass, or once the last allowed attempt is used (the default). */
    AFTER_PASS_OR_LAST_ATTEMPT("after-pass-or-last-attempt"),
    /** Only after a pass: for a module whose bank should not be revealed to someone who may be given new attempts. */
    AFTER_PASS("after-pass"),
    /** After every attempt, passed or not: for low-stakes practice where learning from each attempt matters most. */
    AFTER_EVERY_ATTEMPT("after-every-attempt");

    private final String key;

    AnswerReview(String key) {
        this.key = key;
    }

    /** How the setting is written in module.md. */
    public String key() {
        return key;
    }

    static Optional<AnswerReview> fromKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }

    /** Whether an attempt's answers are shown, given whether it passed and how many attempts are left. */
    public boolean shows(boolean passed, int attemptsLeft) {
        return switch (this) {
            case AFTER_PASS_OR_LAST_ATTEMPT -> passed || attemptsLeft == 0;
            case AFTER_PASS -> passed;
            case AFTER_EVERY_ATTEMPT -> true;
        };
    }
}
