package org.continuityacademy.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small label such as an app role or a status. */
public final class Badge extends Span {

    public Badge(String text) {
        this(text, false);
    }

    public Badge(String text, boolean muted) {
        super(text);
        addClassName("academy-badge");
        if (muted) {
            addClassName("muted");
        }
    }
}
