package org.continuityacademy.continuity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.security.AppRoles;

/** A manager's reporting line, direct and indirect, where the manager gives people their continuity roles. */
@Route("my-team")
@PageTitle("My team")
@Menu(order = 10, icon = "vaadin:group", title = "My team")
@RolesAllowed(AppRoles.MANAGER)
class MyTeamView extends Main {

    final Grid<EmployeeRow> grid = new Grid<>();

    MyTeamView(EmployeeDirectory directory, ContinuityRoles roles, Catalogue catalogue, ServiceRegister services) {
        addClassNames("academy-view", "flex", "flex-col", "h-full");
        grid.addColumn(EmployeeRow::fullName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(EmployeeRow::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(e -> e.department() == null ? "" : e.department()).setHeader("Department").setFlexGrow(2);
        grid.addColumn(e -> e.managerName() == null ? "" : e.managerName()).setHeader("Reports to").setFlexGrow(2);
        grid.addColumn(e -> e.location() == null ? "" : e.location()).setHeader("Location");
        grid.addComponentColumn(e -> {
            var assign = new Button("Assign role", click -> new AssignRoleDialog(e.id(), e.fullName(), roles, catalogue.roles(),
                    services.names(), null, null, row -> grid.getDataProvider().refreshAll()).open());
            assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            assign.setAriaLabel("Assign a continuity role to " + e.fullName());
            return assign;
        }).setKey("assign").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("Nobody reports to you in HR's employee list.");
        // the reporting line has its own order (nearest first), so the grid's sorting is not offered
        grid.setItems(query -> directory.myReportingLine(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.countMyReportingLine());
        grid.setSizeFull();
        add(new ViewHeader("Everyone in your reporting line, directly or through the managers who report "
                + "to you. Give people their continuity roles here; their readiness will appear beside them."), grid);
    }
}
