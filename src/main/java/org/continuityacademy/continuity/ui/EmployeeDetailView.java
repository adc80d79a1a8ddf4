package org.continuityacademy.continuity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.Dates;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.continuity.AssignmentRow;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.services.ServiceRegister;

/** One person: their place in the organisation, the continuity roles they hold and have held. */
@Route("employees/:employeeId")
@RolesAllowed({AppRoles.HR, AppRoles.CONTINUITY_MANAGER, AppRoles.ADMIN})
class EmployeeDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EmployeeDirectory directory;
    private final ContinuityRoles roles;
    private final Catalogue catalogue;
    private final ServiceRegister services;
    private final boolean mayAssign;
    final Grid<AssignmentRow> history = new Grid<>();
    private String title = "Employee";
    private long employeeId;

    EmployeeDetailView(EmployeeDirectory directory, ContinuityRoles roles, Catalogue catalogue, ServiceRegister services,
                       CurrentUser currentUser) {
        this.directory = directory;
        this.roles = roles;
        this.catalogue = catalogue;
        this.services = services;
        this.mayAssign = currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER);
        addClassNames("academy-view", "flex", "flex-col", "gap-m");

        history.addColumn(a -> a.position().label() + " " + a.roleName()).setHeader("Role").setFlexGrow(2);
        history.addColumn(a -> a.serviceName() == null ? "Whole organisation" : a.serviceName()).setHeader("For").setFlexGrow(2);
        history.addColumn(a -> a.validFrom() + (a.validUntil() == null ? "" : " – " + a.validUntil())).setHeader("Valid")
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(a -> a.reason() + " (" + a.assignedBy() + ")").setHeader("Why, by whom").setFlexGrow(3);
        history.addComponentColumn(a -> a.current() ? new Badge("Current")
                : new Badge("Ended " + Dates.dateTime(a.endedAt(), "") + ": " + a.endReason(), true)).setHeader("Status").setFlexGrow(3);
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setEmptyStateText("No continuity role besides All staff, now or before.");
        history.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            employeeId = Long.parseLong(event.getRouteParameters().get("employeeId").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        EmployeeRow person = directory.employee(employeeId).orElseThrow(NotFoundException::new);
        title = person.fullName();
        removeAll();
        var heading = new H2(person.fullName());
        heading.addClassNames("text-2xl", "mb-0");
        var facts = new Div(new Span("Employee no. " + person.employeeNumber()), new Span(person.email()),
                new Span("Department: " + (person.department() == null ? "none" : person.department())),
                new Span("Manager: " + (person.managerName() == null ? "none" : person.managerName())),
                new Span("Location: " + (person.location() == null ? "not given" : person.location())),
                person.active() ? new Badge("Current employee") : new Badge("Has left", true));
        facts.addClassNames("flex", "flex-wrap", "gap-l", "text-secondary");
        var rolesHeading = new H3("Continuity roles, now and before");
        rolesHeading.addClassNames("text-l", "mb-0");
        history.setItems(roles.history(employeeId));
        add(heading, facts, rolesHeading);
        if (mayAssign && person.active()) {
            var assign = new Button("Assign a role", e -> new AssignRoleDialog(employeeId, person.fullName(), roles,
                    catalogue.roles(), services.names(), null, null, row -> history.setItems(roles.history(employeeId))).open());
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            assign.getStyle().set("align-self", "flex-start");
            add(assign);
        }
        add(history);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
