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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.continuityacademy.directory.Invitations;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.CurrentUser;

/** Search the employee directory by name, department and status. */
@Route("employees")
@PageTitle("employees.title")
@Menu(order = 20, icon = "vaadin:users", title = "employees.title")
@RolesAllowed({AppRoles.HR, AppRoles.CONTINUITY_MANAGER, AppRoles.ADMIN})
class EmployeesView extends Main implements BeforeEnterObserver {

    private final EmployeeDirectory directory;
    private final SearchField search = new SearchField(getTranslation("employees.search.placeholder"),
            getTranslation("employees.search.label"), this::refreshGrid);
    private final ComboBox<DepartmentOption> department = new ComboBox<>();
    private final Select<Status> status = new Select<>();
    private final ComboBox<String> location = new ComboBox<>();
    final Grid<EmployeeRow> grid = new Grid<>();

    final Button invite = new Button(getTranslation("employees.invite"));

    EmployeesView(EmployeeDirectory directory, Invitations invitations, CurrentUser currentUser) {
        this.directory = directory;
        // inviting is HR's: the continuity manager and administrators see the list without the button
        invite.setVisible(currentUser.get().map(user -> user.hasRole(AppRole.HR)).orElse(false));
        invite.setIcon(VaadinIcon.ENVELOPE_O.create());
        invite.setTooltipText(getTranslation("employees.invite.tooltip"));
        invite.addClickListener(e -> new InviteDialog(invitations, filter()).open());
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        department.setPlaceholder(getTranslation("employees.department.all"));
        department.setAriaLabel(getTranslation("employees.department"));
        department.setItemLabelGenerator(DepartmentOption::name);
        department.setClearButtonVisible(true);
        location.setPlaceholder(getTranslation("employees.location.all"));
        location.setAriaLabel(getTranslation("employees.location"));
        location.setClearButtonVisible(true);
        location.addValueChangeListener(e -> refresh());
        status.setAriaLabel(getTranslation("employees.status"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(this::label);
        status.setValue(Status.CURRENT);
        department.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        String current = getTranslation("employees.state.current");
        String left = getTranslation("employees.state.left");
        grid.addColumn(EmployeeRow::employeeNumber).setHeader(getTranslation("employees.column.number")).setSortProperty("employeeNumber")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> new Anchor("employees/" + e.id(), e.fullName())).setHeader(getTranslation("employees.column.name"))
                .setSortProperty("lastName").setFlexGrow(2);
        grid.addColumn(EmployeeRow::email).setHeader(getTranslation("employees.column.email")).setSortProperty("email").setFlexGrow(2);
        grid.addColumn(e -> orEmpty(e.department())).setHeader(getTranslation("employees.column.department")).setFlexGrow(2);
        grid.addColumn(e -> orEmpty(e.managerName())).setHeader(getTranslation("employees.column.manager")).setFlexGrow(2);
        grid.addColumn(e -> orEmpty(e.location())).setHeader(getTranslation("employees.column.location")).setSortProperty("location");
        grid.addComponentColumn(e -> new Badge(e.active() ? current : left, !e.active())).setHeader(getTranslation("employees.column.status"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("employees.empty"));
        grid.setItems(query -> directory.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.count(filter()));
        grid.setSizeFull();

        add(new ViewHeader(getTranslation("employees.explanation"), search, department, location, status, exports(current, left), invite),
                grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        department.setItems(directory.departments());
        location.setItems(directory.locations());
    }

    /** The list as filtered, as CSV or Excel, read page by page when asked for. */
    private ExportButtons<EmployeeRow> exports(String current, String left) {
        return new ExportButtons<>("employees", List.of(
                ExportColumn.of(getTranslation("employees.export.number"), EmployeeRow::employeeNumber),
                ExportColumn.of(getTranslation("employees.export.first-name"), EmployeeRow::firstName),
                ExportColumn.of(getTranslation("employees.export.last-name"), EmployeeRow::lastName),
                ExportColumn.of(getTranslation("employees.export.email"), EmployeeRow::email),
                ExportColumn.of(getTranslation("employees.export.department"), EmployeeRow::department),
                ExportColumn.of(getTranslation("employees.export.manager"), EmployeeRow::managerName),
                ExportColumn.of(getTranslation("employees.export.location"), EmployeeRow::location),
                ExportColumn.of(getTranslation("employees.export.status"), e -> e.active() ? current : left)),
                () -> Pages.stream((offset, limit) -> directory.search(filter(),
                        org.springframework.data.domain.PageRequest.of(offset / limit, limit,
                                org.springframework.data.domain.Sort.by("lastName", "firstName", "id"))), 1000));
    }

    /** Whom the list shows: people still employed, leavers, or both. */
    enum Status { CURRENT, LEAVERS, EVERYONE }

    private String label(Status value) {
        return switch (value) {
            case CURRENT -> getTranslation("employees.status.current");
            case LEAVERS -> getTranslation("employees.status.leavers");
            case EVERYONE -> getTranslation("employees.status.everyone");
        };
    }

    EmployeeFilter filter() {
        Status shown = status.getValue() == null ? Status.CURRENT : status.getValue();
        Boolean active = switch (shown) {
            case LEAVERS -> Boolean.FALSE;
            case EVERYONE -> null;
            case CURRENT -> Boolean.TRUE;
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
