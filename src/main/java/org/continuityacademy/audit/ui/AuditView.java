package org.continuityacademy.audit.ui;

import java.util.List;
import org.continuityacademy.base.export.Pages;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.ui.ExportButtons;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.continuityacademy.audit.AuditRow;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.ui.Dates;
import org.continuityacademy.base.ui.SearchField;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.security.AppRoles;

/** Every recorded change, newest first; a row opens to show the state before and after. */
@Route("admin/audit")
@PageTitle("audit.title")
@Menu(order = 95, icon = "vaadin:records", title = "audit.title")
@RolesAllowed(AppRoles.ADMIN)
class AuditView extends Main {

    final SearchField search = new SearchField("Who, what or which", "Search the audit trail", this::refreshGrid);
    final Grid<AuditRow> grid = new Grid<>();

    AuditView(AuditTrail trail) {
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        grid.addColumn(r -> Dates.dateTime(r.at(), "")).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::action).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::summary).setHeader("Change").setFlexGrow(3);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(AuditView::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No recorded change matches this search.");
        grid.setItems(query -> trail.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) trail.count(search.getValue()));
        grid.setSizeFull();
        add(new ViewHeader("Every change people made in Continuity Academy: who, what, when, and the state before "
                + "and after. Entries are never changed or removed. Select a row to see the details.", search,
                new ExportButtons<>("audit-trail", List.of(ExportColumn.of("When (UTC)", AuditRow::at), ExportColumn.of("Who", AuditRow::actor),
                        ExportColumn.of("What", AuditRow::action), ExportColumn.of("Change", AuditRow::summary),
                        ExportColumn.of("Before", AuditRow::before), ExportColumn.of("After", AuditRow::after)),
                        () -> Pages.stream((offset, limit) -> trail.search(search.getValue(),
                                org.springframework.data.domain.PageRequest.of(offset / limit, limit)), 1000))), grid);
    }

    private static Div details(AuditRow row) {
        var before = new Pre(row.before() == null ? "(nothing before)" : row.before());
        var after = new Pre(row.after() == null ? "(nothing after)" : row.after());
        var box = new Div(new Div(new com.vaadin.flow.component.html.H4("Before"), before),
                new Div(new com.vaadin.flow.component.html.H4("After"), after));
        box.addClassNames("flex", "gap-l", "flex-wrap", "text-s");
        return box;
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
    }
}
