package org.continuityacademy.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.continuityacademy.audit.AuditRow;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.export.Pages;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.ExportButtons;
import org.continuityacademy.base.ui.SearchField;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.security.AppRoles;
import org.springframework.data.domain.PageRequest;

/**
 * Every recorded change, newest first; a row opens to show the state before and after. The entries keep the
 * words they were recorded with; what the trail itself names (the kind of change, scheduled work as the actor)
 * is shown in the person's language.
 */
@Route("admin/audit")
@PageTitle("audit.title")
@Menu(order = 95, icon = "vaadin:records", title = "audit.title")
@RolesAllowed(AppRoles.ADMIN)
class AuditView extends Main {

    private final Messages messages;
    private final Locale locale;
    final SearchField search = new SearchField(getTranslation("audit.search.placeholder"), getTranslation("audit.search.label"),
            this::refreshGrid);
    final Grid<AuditRow> grid = new Grid<>();

    AuditView(AuditTrail trail, Messages messages) {
        this.messages = messages;
        this.locale = getLocale();
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        Formats formats = Formats.current();
        grid.addColumn(r -> formats.dateTime(r.at())).setHeader(getTranslation("audit.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::actor).setHeader(getTranslation("audit.column.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::action).setHeader(getTranslation("audit.column.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::summary).setHeader(getTranslation("audit.column.change")).setFlexGrow(3);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> trail.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) trail.count(search.getValue()));
        grid.setSizeFull();
        add(new ViewHeader(getTranslation("audit.explanation"), search,
                new ExportButtons<>("audit-trail", List.of(
                        // the file's times are in the organisation's time zone: the header says which
                        ExportColumn.of(getTranslation("audit.export.when", formats.zone().getId()), AuditRow::at),
                        ExportColumn.of(getTranslation("audit.column.who"), this::actor),
                        ExportColumn.of(getTranslation("audit.column.what"), this::action),
                        ExportColumn.of(getTranslation("audit.column.change"), AuditRow::summary),
                        ExportColumn.of(getTranslation("audit.column.before"), AuditRow::before),
                        ExportColumn.of(getTranslation("audit.column.after"), AuditRow::after)),
                        () -> Pages.stream((offset, limit) -> trail.search(search.getValue(),
                                PageRequest.of(offset / limit, limit)), 1000))), grid);
    }

    /** The kind of change in the person's language ({@code audit.action.role-assigned}), or as recorded if the bundles lack it. */
    String action(AuditRow row) {
        String key = "audit.action." + row.action().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return messages.has(key) ? messages.get(locale, key) : row.action();
    }

    private String actor(AuditRow row) {
        return AuditTrail.SYSTEM.equals(row.actor()) ? messages.get(locale, "audit.actor.system") : row.actor();
    }

    private Div details(AuditRow row) {
        var before = new Pre(row.before() == null ? getTranslation("audit.details.nothing-before") : row.before());
        var after = new Pre(row.after() == null ? getTranslation("audit.details.nothing-after") : row.after());
        var box = new Div(new Div(new H4(getTranslation("audit.column.before")), before),
                new Div(new H4(getTranslation("audit.column.after")), after));
        box.addClassNames("flex", "gap-l", "flex-wrap", "text-s");
        return box;
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
    }
}
