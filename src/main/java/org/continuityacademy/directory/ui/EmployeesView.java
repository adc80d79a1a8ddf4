package org.continuityacademy.directory.ui;

import java.util.List;
import org.continuityacademy.base.export.Pages;
import org.continuityacademy.base.export.ExportColumn;
import org.continuityacademy.base.ui.ExportButtons;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.SearchField;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.directory.DepartmentOption;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.security.AppRoles;

/** Search the employee directory by name, department and status. */
@Route("employees")
@PageTitle("employees.title")
@Menu(order = 20, icon = "vaadin:users", title = "employees.title")
@RolesAllowed({AppRoles.HR, AppRoles.CONTINUITY_MANAGER, AppRoles.ADMIN})
class EmployeesView extends Main implements BeforeEnterObserver {

    private final EmployeeDirectory directory;
    private final SearchField search = new SearchField("Name, e-mail or employee number", "Search employees", this::refreshGrid);
    private final ComboBox<DepartmentOption> department = new ComboBox<>();
    private final Select<String> status = new Select<>();
    private final ComboBox<String> location = new ComboBox<>();
    final Grid<EmployeeRow> grid = new Grid<>();

    EmployeesView(EmployeeDirectory directory) {
        this.directory = directory;
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        department.setPlaceholder("All departments");
        department.setAriaLabel("Department");
        department.setItemLabelGenerator(DepartmentOption::name);
        department.setClearButtonVisible(true);
        location.setPlaceholder("All locations");
        location.setAriaLabel("Location");
        location.setClearButtonVisible(true);
        location.addValueChangeListener(e -> refresh());
        status.setAriaLabel("Status");
        status.setItems("Current employees", "Leavers", "Everyone");
        status.setValue("Current employees");
        department.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        grid.addColumn(EmployeeRow::employeeNumber).setHeader("No.").setSortProperty("employeeNumber").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> new Anchor("employees/" + e.id(), e.fullName())).setHeader("Name")
                .setSortProperty("lastName").setFlexGrow(2);
        grid.addColumn(EmployeeRow::email).setHeader("E-mail").setSortProperty("email").setFlexGrow(2);
        grid.addColumn(e -> orEmpty(e.department())).setHeader("Department").setFlexGrow(2);
        grid.addColumn(e -> orEmpty(e.managerName())).setHeader("Manager").setFlexGrow(2);
        grid.addColumn(e -> orEmpty(e.location())).setHeader("Location").setSortProperty("location");
        grid.addComponentColumn(e -> new Badge(e.active() ? "Current" : "Left", !e.active())).setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("Nobody matches these filters.");
        grid.setItems(query -> directory.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.count(filter()));
        grid.setSizeFull();

        add(new ViewHeader("Everyone in HR's employee list. Leavers stay here, marked as left, "
                + "because training and role records refer to them. Open a name for the person's continuity roles and history.",
                search, department, location, status, exports()), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        department.setItems(directory.departments());
        location.setItems(directory.locations());
    }

    /** The list as filtered, as CSV or Excel, read page by page when asked for. */
    private ExportButtons<EmployeeRow> exports() {
        return new ExportButtons<>("employees", List.of(
                ExportColumn.of("Employee number", EmployeeRow::employeeNumber), ExportColumn.of("First name", EmployeeRow::firstName),
                ExportColumn.of("Last name", EmployeeRow::lastName), ExportColumn.of("E-mail", EmployeeRow::email),
                ExportColumn.of("Department", EmployeeRow::department), ExportColumn.of("Manager", EmployeeRow::managerName),
                ExportColumn.of("Location", EmployeeRow::location), ExportColumn.of("Status", e -> e.active() ? "Current" : "Left")),
                () -> Pages.stream((offset, limit) -> directory.search(filter(),
                        org.springframework.data.domain.PageRequest.of(offset / limit, limit,
                                org.springframework.data.domain.Sort.by("lastName", "firstName", "id"))), 1000));
    }

    private EmployeeFilter filter() {
        Boolean active = switch (status.getValue() == null ? "" : status.getValue()) {
            case "Leavers" -> false;
            case "Everyone" -> null;
            default -> true;
        };
        return new EmployeeFilter(search.getValue(), department.getValue() == null ? null : department.getValue().id(), active,
                location.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
    }
}
