package org.continuityacademy.catalogue;

import org.continuityacademy.base.i18n.Labelled;

/**
 * How a question is asked. Scenario questions are answered as single or multiple choice. {@link #key()} is the
 * word in the content files; people read the label ({@code QuestionKind.SINGLE}).
 */
public enum QuestionKind implements Labelled {
    SINGLE("single"), MULTIPLE("multiple"), TRUE_FALSE("true-false"), SCENARIO("scenario");

    private final String key;

    QuestionKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static QuestionKind fromKey(String key) {
        for (QuestionKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
