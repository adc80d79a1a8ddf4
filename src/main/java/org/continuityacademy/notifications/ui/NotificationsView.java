package org.continuityacademy.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.notifications.NotificationRow;
import org.continuityacademy.notifications.Notifications;

/** All of the signed-in person's notifications, newest first; reached from the bell, not the menu. */
@Route("notifications")
@PageTitle("notifications.title")
@PermitAll
class NotificationsView extends Main {

    final Grid<NotificationRow> grid = new Grid<>();
    private final Notifications notifications;

    NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        // one text column (the time inside it) so that the list reads well on a phone too
        grid.addColumn(new ComponentRenderer<>(this::message)).setHeader(getTranslation("notifications.column.message")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        // no count query: the grid loads pages as the list scrolls
        grid.setItems(query -> notifications.mine(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();

        var markAll = new Button(getTranslation("notifications.mark-all"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        add(new ViewHeader(getTranslation("notifications.intro"), markAll), grid);
    }

    private Div message(NotificationRow n) {
        var subject = new Span(n.subject());
        subject.getStyle().set("font-weight", n.unread() ? "600" : "400");
        var when = new Span(Formats.current().dateTime(n.createdAt()));
        when.addClassNames("text-xs", "text-secondary");
        var body = new Span(n.body());
        body.addClassNames("text-s", "text-secondary");
        body.getStyle().set("white-space", "pre-line");
        var head = new Div(subject);
        if (n.unread()) {
            head.add(new Span(" "), new Badge(getTranslation("notifications.unread")));
        }
        var box = new Div(head, when, body);
        box.addClassNames("flex", "flex-col");
        return box;
    }

    private Div actions(NotificationRow n) {
        var box = new Div();
        if (n.link() != null) {
            var open = new Button(getTranslation("notifications.open"), e -> {
                if (n.unread()) {
                    notifications.markRead(n.id());
                }
                getUI().ifPresent(ui -> ui.navigate(n.link()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setAriaLabel(getTranslation("notifications.open.aria", n.subject()));
            box.add(open);
        } else if (n.unread()) {
            var read = new Button(getTranslation("notifications.mark-read"), e -> {
                notifications.markRead(n.id());
                grid.getDataProvider().refreshAll();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.setAriaLabel(getTranslation("notifications.mark-read.aria", n.subject()));
            box.add(read);
        }
        return box;
    }
}
