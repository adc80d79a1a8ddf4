package org.continuityacademy.training;

import java.util.HashSet;
import java.util.Set;
import org.continuityacademy.catalogue.Question;

/**
 * Scoring rules. A question is right only when exactly its correct options are chosen: multiple-choice
 * questions score all or nothing. The pass mark is a percentage; reaching it exactly passes.
 */
final class Scoring {

    private Scoring() {
    }

    static boolean isRight(Question question, Set<String> chosen) {
        return !chosen.isEmpty() && new HashSet<>(question.correctOptionIds()).equals(chosen);
    }

    /** Compared in whole numbers, so 4 of 5 at a pass mark of 80 passes and no rounding decides. */
    static boolean passed(int correct, int total, int passMark) {
        return total > 0 && correct * 100 >= passMark * total;
    }

    /** The percentage shown, rounded down (it never shows a pass mark that was not reached). */
    static int percent(int correct, int total) {
        return total == 0 ? 0 : correct * 100 / total;
    }
}
