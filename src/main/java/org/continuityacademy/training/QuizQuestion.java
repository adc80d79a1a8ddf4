package org.continuityacademy.training;

import java.util.List;
import org.continuityacademy.catalogue.QuestionKind;
import org.jspecify.annotations.Nullable;

/**
 * A question as the browser may see it during an attempt: text and options in the order drawn, and
 * nothing about which options are correct or why.
 */
public record QuizQuestion(String id, QuestionKind kind, @Nullable String scenario, boolean multipleAnswer, String text,
                           List<Option> options) {

    public record Option(String id, String text) {
    }
}
