package org.continuityacademy.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** A view's heading with a one-line explanation of what the view is for. */
public final class ViewHeader extends Div {

    public ViewHeader(String title, String explanation, Component... actions) {
        var heading = new H1(title);
        heading.addClassNames("text-2xl", "m-0");
        var text = new Paragraph(explanation);
        text.addClassNames("text-secondary", "mt-xs", "mb-m");
        var actionBar = new Div(actions);
        actionBar.addClassNames("flex", "gap-s", "flex-wrap", "items-end");
        add(heading, text, actionBar);
    }
}
