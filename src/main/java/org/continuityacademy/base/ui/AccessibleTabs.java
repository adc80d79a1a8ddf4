package org.continuityacademy.base.ui;

import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;

/**
 * Tabs whose tab list holds only tabs, for assistive technology. {@code <vaadin-tabs>} (25.2) has
 * {@code role="tablist"} and keeps its tabs in a scroll area of its shadow DOM, {@code <div id="scroll" part="tabs"
 * tabindex="-1">}: a focusable element that is not a tab, which a tab list may not contain (axe:
 * aria-required-children, critical; screen readers may announce a group with no name between the list and its tabs).
 * No upstream Vaadin issue names it (vaadin/web-components searched, December 2026). The scroll area takes no focus
 * once its tabindex is gone: a focusable tab (the selected one, tabindex 0) is always inside it, so no browser makes the
 * scroll area a tab stop of its own. Use it for every {@link Tabs}: {@code AccessibleTabs.of(new Tabs(...))}.
 */
public final class AccessibleTabs {

    /** Run on each attach (a re-attached element is a new one in the browser); its text is in /js/no-eval.js. */
    static final String WITHOUT_FOCUSABLE_SCROLL_AREA = "Promise.resolve(this.updateComplete).then(() => {"
            + " const area = this.shadowRoot && this.shadowRoot.getElementById('scroll');"
            + " if (area) { area.removeAttribute('tabindex'); } })";

    private AccessibleTabs() {
    }

    public static <T extends Tabs> T of(T tabs) {
        tabs.addAttachListener(e -> tabs.getElement().executeJs(WITHOUT_FOCUSABLE_SCROLL_AREA));
        return tabs;
    }

    /** The same for the tabs of a tab sheet (its {@code <vaadin-tabs>} is a child in the "tabs" slot). */
    public static TabSheet of(TabSheet sheet) {
        sheet.getChildren().filter(Tabs.class::isInstance).map(Tabs.class::cast).forEach(AccessibleTabs::of);
        return sheet;
    }
}
