package org.continuityacademy.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The top of a view: one line saying what the view is for, and the view's filters and actions.
 * The view's title itself is the page heading in {@link MainLayout}.
 */
public final class ViewHeader extends Div {

    public ViewHeader(String explanation, Component... actions) {
        var text = new Paragraph(explanation);
        text.addClassNames("text-secondary", "mt-0", "mb-m");
        add(text);
        if (actions.length > 0) {
            var actionBar = new Div(actions);
            actionBar.addClassNames("flex", "gap-s", "flex-wrap", "items-end", "mb-m");
            add(actionBar);
        }
    }
}
