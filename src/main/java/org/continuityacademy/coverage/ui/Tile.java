package org.continuityacademy.coverage.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * A headline figure that opens what is behind it. Its accessible name is its visible text (figure, then label) followed
 * by what a click does, in text only screen readers read: an aria-label of its own read differently from what sighted
 * people see ("label-content-name-mismatch"), and speech-input users say the words they see.
 */
class Tile extends NativeButton {

    private final Span figure = new Span();
    private final Span label = new Span();

    Tile(String opens, Runnable open) {
        figure.addClassName("figure");
        label.addClassName("label");
        var hint = new Span(opens);
        hint.addClassName(LumoUtility.Accessibility.SCREEN_READER_ONLY);
        // the figure and the label are blocks on screen; the space keeps them two words for assistive technology
        add(figure, new Text(" "), label, new Text(" "), hint);
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
    }

    String figureText() {
        return figure.getText();
    }

    String labelText() {
        return label.getText();
    }
}
