package org.continuityacademy.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question of a module's bank.
 *
 * @param scenario       the situation, for scenario questions
 * @param multipleAnswer whether more than one option is correct (multiple choice, or a scenario answered so)
 */
public record Question(String id, QuestionKind kind, @Nullable String scenario, boolean multipleAnswer, String text,
                       List<Option> options, String explanation) {

    /** An answer option; true/false questions have the options {@code true} and {@code false}. */
    public record Option(String id, String text, boolean correct) {
    }

    public List<String> correctOptionIds() {
        return options.stream().filter(Option::correct).map(Option::id).toList();
    }
}
