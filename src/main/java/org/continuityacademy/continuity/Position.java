package org.continuityacademy.continuity;

import org.continuityacademy.base.i18n.Labelled;

/**
 * Whether a holder leads the role (primary) or stands in (deputy). People read it as
 * {@code messages.label(position)} ("Primary"), or inside a sentence through {@link #wordKey()} ("primary").
 */
public enum Position implements Labelled {
    PRIMARY, DEPUTY;

    /** The key of the position as a word inside a sentence: "You are now <em>primary</em> IT Recovery Lead". */
    public String wordKey() {
        return switch (this) {
            case PRIMARY -> "continuity.position.primary.word";
            case DEPUTY -> "continuity.position.deputy.word";
        };
    }
}
