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

    /** How a figure reads: good, a warning, bad, or neither (nothing to judge); the class names style the tile. */
    enum Tone {
        NONE, GOOD, WARNING, BAD;

        static Tone of(int percent) {
            return percent >= 90 ? GOOD : percent >= 70 ? WARNING : BAD;
        }
    }

    void show(String value, String text, Tone tone) {
        figure.setText(value);
        label.setText(text);
        removeClassNames("good", "warning", "bad");
        if (tone != Tone.NONE) {
            addClassName(tone.name().toLowerCase(java.util.Locale.ROOT));
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
