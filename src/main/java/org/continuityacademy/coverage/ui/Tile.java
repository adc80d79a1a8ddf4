package org.continuityacademy.coverage.ui;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/** A headline figure that opens the people behind it. */
class Tile extends NativeButton {

    private final Span figure = new Span();
    private final Span label = new Span();

    Tile(Runnable open) {
        figure.addClassName("figure");
        label.addClassName("label");
        add(figure, label);
        addClassName("academy-tile");
        addClickListener(e -> open.run());
    }

    void show(String value, String text, String tone) {
        figure.setText(value);
        label.setText(text);
        removeClassNames("good", "warning", "bad");
        if (!tone.isEmpty()) {
            addClassName(tone);
        }
        getElement().setAttribute("aria-label", getTranslation("dashboard.tile.aria", value, text));
    }

    String figureText() {
        return figure.getText();
    }

    String labelText() {
        return label.getText();
    }
}
