package org.continuityacademy.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.notifications.Notifications;
import org.continuityacademy.notifications.OutboxStatus;
import org.continuityacademy.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * The e-mail outbox for the administrator: how many e-mails wait and since when, how many were given up on, and the
 * latest error the mail server (or the connection to it) gave, so that a mail server outage is seen in the app.
 */
@Route("admin/outbox")
@PageTitle("outbox.title")
@Menu(order = 94, icon = "vaadin:outbox", title = "outbox.title")
@RolesAllowed(AppRoles.ADMIN)
class OutboxView extends Main implements BeforeEnterObserver {

    private final Notifications notifications;
    final Div figures = new Div();
    final Div lastError = new Div();

    OutboxView(Notifications notifications) {
        this.notifications = notifications;
        addClassNames("academy-view", "flex", "flex-col");
        figures.addClassName("academy-tiles");
        var refresh = new Button(getTranslation("outbox.refresh"), VaadinIcon.REFRESH.create(), e -> show());
        add(new ViewHeader(getTranslation("outbox.intro"), refresh), figures, lastError);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        OutboxStatus status = notifications.outboxStatus();
        Formats formats = Formats.current();
        figures.removeAll();
        figures.add(tile("waiting", formats.number(status.waiting()), "outbox.waiting", status.waiting() > 0 && status.retried() > 0),
                tile("oldest", when(formats, status.oldest()), "outbox.oldest", false),
                tile("next", when(formats, status.nextAttempt()), "outbox.next-attempt", false),
                tile("retried", formats.number(status.retried()), "outbox.retried", status.retried() > 0),
                tile("failed", formats.number(status.failed()), "outbox.failed", status.failed() > 0));
        lastError.removeAll();
        var heading = new H3(getTranslation("outbox.last-error"));
        heading.addClassNames("text-l", "mb-xs");
        lastError.add(heading);
        if (status.lastError() == null) {
            lastError.add(new Paragraph(getTranslation("outbox.last-error.none")));
        } else {
            var at = new Paragraph(getTranslation("outbox.last-error.at", formats.dateTime(status.lastError().at())));
            at.addClassNames("text-secondary", "mt-0");
            var text = new Pre(status.lastError().message());
            text.setId("outbox-last-error");
            text.getStyle().set("white-space", "pre-wrap").set("margin", "0");
            lastError.add(at, text);
        }
    }

    private String when(Formats formats, @Nullable Instant instant) {
        return formats.dateTime(instant, getTranslation("common.none"));
    }

    private Div tile(String id, String figure, String labelKey, boolean warning) {
        var value = new Span(figure);
        value.addClassName("figure");
        var label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        var tile = new Div(value, label);
        tile.setId("outbox-" + id);
        tile.addClassName("academy-tile");
        if (warning) {
            tile.addClassName("warning");
        }
        return tile;
    }
}
