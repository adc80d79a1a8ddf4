package org.continuityacademy.notifications.ui;

import com.vaadin.flow.component.Component;
import org.continuityacademy.base.ui.TopBarItem;
import org.continuityacademy.notifications.Notifications;
import org.springframework.core.annotation.Order;

/** Puts a {@link NotificationBell} into every main layout's top bar. */
@org.springframework.stereotype.Component
@Order(100)
class NotificationBellItem implements TopBarItem {

    private final Notifications notifications;

    NotificationBellItem(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications);
    }
}
