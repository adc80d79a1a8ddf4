package org.continuityacademy.continuity.ui;

import java.util.List;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.ui.ExportButtons;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.continuityacademy.base.ui.Dates;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.VacancyRow;
import org.continuityacademy.security.AppRoles;

/** Service roles left without a holder: the continuity manager's list of gaps to fill. */
@Route("vacancies")
@PageTitle("vacancies.title")
@Menu(order = 26, icon = "vaadin:warning", title = "vacancies.title")
@RolesAllowed(AppRoles.CONTINUITY_MANAGER)
class VacanciesView extends Main implements BeforeEnterObserver {

    private final ContinuityRoles roles;
    final Grid<VacancyRow> grid = new Grid<>();

    VacanciesView(ContinuityRoles roles) {
        this.roles = roles;
        addClassNames("academy-view", "flex", "flex-col", "h-full");
        grid.addColumn(VacancyRow::serviceName).setHeader("Service").setFlexGrow(2);
        grid.addColumn(v -> v.position().label() + " " + v.roleName()).setHeader("Vacant role").setFlexGrow(2);
        grid.addColumn(VacancyRow::previousHolder).setHeader("Held until now by").setFlexGrow(2);
        grid.addColumn(VacancyRow::reason).setHeader("Why").setFlexGrow(3);
        grid.addColumn(v -> Dates.dateTime(v.vacatedAt(), "")).setHeader("Since").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(v -> new Anchor("services/" + v.serviceId() + "/roles", "Fill it"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No vacant roles: every role that was held still has its holder.");
        grid.setSizeFull();
        add(new ViewHeader("Roles on critical services whose holder left or was taken off, and nobody has taken over "
                + "yet. Each one is a gap in your recovery capability until it is filled.",
                new ExportButtons<>("vacant-roles", List.of(ExportColumn.of("Service", VacancyRow::serviceName),
                        ExportColumn.of("Vacant role", v -> v.position().label() + " " + v.roleName()),
                        ExportColumn.of("Held until now by", VacancyRow::previousHolder), ExportColumn.of("Why", VacancyRow::reason),
                        ExportColumn.of("Since (UTC)", VacancyRow::vacatedAt)), () -> roles.openVacancies().stream())), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // open vacancies are few (each is a problem to fix): one list, no paging
        grid.setItems(roles.openVacancies());
    }
}
