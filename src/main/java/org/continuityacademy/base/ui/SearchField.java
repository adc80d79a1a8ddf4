package org.continuityacademy.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box of list views: a magnifier, a clear button, and a search once typing pauses. */
public final class SearchField extends TextField {

    public SearchField(String placeholder, String ariaLabel, Runnable onSearch) {
        setPlaceholder(placeholder);
        setAriaLabel(ariaLabel);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setWidth("20rem");
        addValueChangeListener(e -> onSearch.run());
    }
}
