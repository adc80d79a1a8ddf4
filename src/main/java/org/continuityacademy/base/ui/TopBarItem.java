package org.continuityacademy.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the top bar, before the user menu (such as the notification bell): a
 * Spring bean that makes a new component for each main layout, for the signed-in person. Features add
 * items this way because {@code base} does not depend on them. Items appear in {@code @Order} order.
 */
public interface TopBarItem {

    Component create();
}
