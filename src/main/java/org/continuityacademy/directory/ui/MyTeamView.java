package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.security.AppRoles;

/** A manager's reporting line: direct and indirect reports. */
@Route("my-team")
@PageTitle("My team")
@Menu(order = 10, icon = "vaadin:group", title = "My team")
@RolesAllowed(AppRoles.MANAGER)
class MyTeamView extends Main {

    final Grid<EmployeeRow> grid = new Grid<>();

    MyTeamView(EmployeeDirectory directory) {
        addClassNames("academy-view", "flex", "flex-col", "h-full");
        grid.addColumn(EmployeeRow::fullName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(EmployeeRow::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(e -> e.department() == null ? "" : e.department()).setHeader("Department").setFlexGrow(2);
        grid.addColumn(e -> e.managerName() == null ? "" : e.managerName()).setHeader("Reports to").setFlexGrow(2);
        grid.addColumn(e -> e.location() == null ? "" : e.location()).setHeader("Location");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("Nobody reports to you in HR's employee list.");
        // the reporting line has its own order (nearest first), so the grid's sorting is not offered
        grid.setItems(query -> directory.myReportingLine(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.countMyReportingLine());
        grid.setSizeFull();
        add(new ViewHeader("Everyone in your reporting line, directly or through the managers who report "
                + "to you. Their continuity roles and readiness will appear here."), grid);
    }
}
