package org.continuityacademy.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.notifications.DemoMailCatcher;
import org.continuityacademy.security.AppRoles;

/**
 * The demo run's sent e-mails, for the administrator. Registered as a route only in the demo run (see
 * {@link DemoMailCatcher}); in production, e-mail goes to the SMTP server.
 */
@PageTitle("sent-mail.title")
@Menu(order = 96, icon = "vaadin:envelope-o", title = "sent-mail.title")
@RolesAllowed(AppRoles.ADMIN)
public class SentMailView extends Main {

    final Grid<DemoMailCatcher.SentMail.Mail> grid = new Grid<>();

    public SentMailView(DemoMailCatcher.SentMail sentMail) {
        addClassNames("academy-view", "flex", "flex-col", "h-full");
        Formats formats = Formats.current();
        grid.addColumn(m -> formats.dateTime(m.sentAt())).setHeader(getTranslation("sent-mail.column.sent")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DemoMailCatcher.SentMail.Mail::to).setHeader(getTranslation("sent-mail.column.to")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DemoMailCatcher.SentMail.Mail::subject).setHeader(getTranslation("sent-mail.column.subject")).setFlexGrow(2);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> {
            var text = new Pre(m.text());
            text.getStyle().set("white-space", "pre-wrap").set("margin", "0");
            return text;
        }));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("sent-mail.empty"));
        grid.setItems(sentMail.latest(500));
        grid.setSizeFull();
        add(new ViewHeader(getTranslation("sent-mail.intro")), grid);
    }
}
