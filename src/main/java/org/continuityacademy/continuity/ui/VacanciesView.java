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
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
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
        Formats formats = Formats.current();
        grid.addColumn(VacancyRow::serviceName).setHeader(getTranslation("vacancies.column.service")).setFlexGrow(2);
        grid.addColumn(this::vacantRole).setHeader(getTranslation("vacancies.column.role")).setFlexGrow(2);
        grid.addColumn(VacancyRow::previousHolder).setHeader(getTranslation("vacancies.column.held-by")).setFlexGrow(2);
        grid.addColumn(VacancyRow::reason).setHeader(getTranslation("vacancies.column.why")).setFlexGrow(3);
        grid.addColumn(v -> formats.dateTime(v.vacatedAt())).setHeader(getTranslation("vacancies.column.since"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(v -> new Anchor("services/" + v.serviceId() + "/roles", getTranslation("vacancies.fill")))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("vacancies.empty"));
        grid.setSizeFull();
        add(new ViewHeader(getTranslation("vacancies.explanation"),
                new ExportButtons<>("vacant-roles", List.of(ExportColumn.of(getTranslation("vacancies.column.service"), VacancyRow::serviceName),
                        ExportColumn.of(getTranslation("vacancies.column.role"), this::vacantRole),
                        ExportColumn.of(getTranslation("vacancies.column.held-by"), VacancyRow::previousHolder),
                        ExportColumn.of(getTranslation("vacancies.column.why"), VacancyRow::reason),
                        // exports write instants in UTC, and say so
                        ExportColumn.of(getTranslation("vacancies.export.since-utc"), VacancyRow::vacatedAt)),
                        () -> roles.openVacancies().stream())), grid);
    }

    /** "Primary IT Recovery Lead". */
    private String vacantRole(VacancyRow vacancy) {
        return getTranslation("vacancies.role", getTranslation(Messages.labelKey(vacancy.position())), vacancy.roleName());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // open vacancies are few (each is a problem to fix): one list, no paging
        grid.setItems(roles.openVacancies());
    }
}
