package org.continuityacademy.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.notifications.NotificationRow;
import org.continuityacademy.notifications.Notifications;
import org.springframework.data.domain.PageRequest;

/**
 * The bell in the top bar: the number of unread notifications as text, and on click the latest ones
 * with their links. Opening one marks it read. The count is fetched again on every navigation.
 */
class NotificationBell extends Div implements AfterNavigationObserver {

    static final int LATEST = 8;
    private static final int PREVIEW = 160;

    private final Notifications notifications;
    final Button button = new Button(VaadinIcon.BELL.create());
    final Popover popover = new Popover();
    final Div list = new Div();

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var markAll = new Button(getTranslation("notifications.mark-all"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        var heading = new H3(getTranslation("notifications.title"));
        heading.addClassNames("text-m", "m-0");
        var top = new Div(heading, markAll);
        top.addClassNames("flex", "items-center", "justify-between", "gap-m", "mb-s");
        var all = new RouterLink(getTranslation("notifications.bell.see-all"), NotificationsView.class);
        // the popover stays open over the next view unless closed
        all.getElement().addEventListener("click", e -> popover.close());
        list.addClassNames("flex", "flex-col", "gap-s");
        list.getStyle().set("max-height", "60vh").set("overflow-y", "auto");

        popover.add(top, list, new Div(all));
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        popover.setAriaLabel(getTranslation("notifications.bell.latest"));
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
        add(button);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showCount(notifications.unreadCount());
    }

    void refresh() {
        showCount(notifications.unreadCount());
        list.removeAll();
        var latest = notifications.mine(PageRequest.of(0, LATEST));
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.bell.empty")));
        }
        latest.forEach(n -> list.add(item(n)));
    }

    private void showCount(int unread) {
        button.setText(unread == 0 ? "" : String.valueOf(unread));
        button.setAriaLabel(getTranslation("notifications.bell.aria", unread));
        button.setTooltipText(getTranslation("notifications.bell.tooltip", unread));
    }

    private Component item(NotificationRow n) {
        var subject = new Span(n.subject());
        subject.getStyle().set("font-weight", n.unread() ? "600" : "400");
        var when = new Span(Formats.current().dateTime(n.createdAt()));
        when.addClassNames("text-xs", "text-secondary");
        String text = n.body().length() > PREVIEW ? n.body().substring(0, PREVIEW - 1) + "…" : n.body();
        var body = new Span(text);
        body.addClassNames("text-s", "text-secondary");
        var item = new Div(subject, when, body);
        item.addClassNames("flex", "flex-col");
        if (n.link() != null || n.unread()) {
            var open = new Button(getTranslation(n.link() != null ? "notifications.open" : "notifications.mark-read"), e -> open(n));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            open.setAriaLabel(getTranslation(n.link() != null ? "notifications.open.aria" : "notifications.mark-read.aria", n.subject()));
            item.add(new Div(open));
        }
        return item;
    }

    private void open(NotificationRow n) {
        if (n.unread()) {
            notifications.markRead(n.id());
        }
        if (n.link() != null) {
            popover.close();
            UI.getCurrent().navigate(n.link());
        } else {
            refresh();
        }
    }
}
