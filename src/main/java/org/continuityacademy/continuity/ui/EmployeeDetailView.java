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
import org.continuityacademy.continuity.HolderReadiness;
import org.continuityacademy.continuity.Readiness;
import org.continuityacademy.training.CompletionRow;
import org.continuityacademy.training.TrainingAssignmentRow;
import org.continuityacademy.training.TrainingRecords;
import org.continuityacademy.training.TrainingState;
import org.continuityacademy.training.TrainingStatus;
import org.continuityacademy.training.ui.AssignModuleDialog;
import org.continuityacademy.training.ui.WaiveDialog;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private final Readiness readiness;
    private final TrainingRecords training;
    private final boolean mayAssign;
    private final boolean mayAssignTraining;
    final Grid<AssignmentRow> history = new Grid<>();
    final Grid<TrainingAssignmentRow> assignments = new Grid<>();
    final Grid<CompletionRow> completions = new Grid<>();
    private Map<Long, HolderReadiness> trained = Map.of();
    private String title = "Employee";
    private long employeeId;

    EmployeeDetailView(EmployeeDirectory directory, ContinuityRoles roles, Catalogue catalogue, ServiceRegister services,
                       Readiness readiness, TrainingRecords training, CurrentUser currentUser) {
        this.directory = directory;
        this.roles = roles;
        this.catalogue = catalogue;
        this.services = services;
        this.readiness = readiness;
        this.training = training;
        this.mayAssign = currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER);
        this.mayAssignTraining = mayAssign || currentUser.require().hasRole(AppRole.HR);
        addClassNames("academy-view", "flex", "flex-col", "gap-m");

        history.addColumn(a -> a.position().label() + " " + a.roleName()).setHeader("Role").setFlexGrow(2);
        history.addColumn(a -> a.serviceName() == null ? "Whole organisation" : a.serviceName()).setHeader("For").setFlexGrow(2);
        history.addColumn(a -> a.validFrom() + (a.validUntil() == null ? "" : " – " + a.validUntil())).setHeader("Valid")
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(a -> a.reason() + " (" + a.assignedBy() + ")").setHeader("Why, by whom").setFlexGrow(3);
        history.addComponentColumn(a -> a.current() ? new Badge("Current")
                : new Badge("Ended " + Dates.dateTime(a.endedAt(), "") + ": " + a.endReason(), true)).setHeader("Status").setFlexGrow(3);
        history.addComponentColumn(a -> {
            HolderReadiness h = trained.get(a.id());
            return h == null ? new Span() : ReadinessBadges.holder(h);
        }).setHeader("Trained for it").setAutoWidth(true).setFlexGrow(0);
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setEmptyStateText("No continuity role besides All staff, now or before.");
        history.setAllRowsVisible(true);

        assignments.addColumn(TrainingAssignmentRow::moduleTitle).setHeader("Module").setFlexGrow(3);
        assignments.addColumn(TrainingAssignmentRow::reason).setHeader("Why").setFlexGrow(3);
        assignments.addColumn(a -> Dates.date(a.dueOn())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        assignments.addComponentColumn(a -> {
            var badge = new Badge(a.state().label() + (a.closeReason() == null ? "" : ": " + a.closeReason()), !a.open());
            if (a.state() == TrainingState.OVERDUE) {
                badge.addClassName("not-ready");
            }
            return badge;
        }).setHeader("Status").setFlexGrow(2);
        if (mayAssignTraining) {
            assignments.addComponentColumn(a -> {
                if (!a.open()) {
                    return new Span();
                }
                var waive = new Button("Waive", e -> new WaiveDialog(a, training, this::refresh).open());
                waive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                waive.setAriaLabel("Waive " + a.moduleTitle());
                return waive;
            }).setKey("waive").setAutoWidth(true).setFlexGrow(0);
        }
        assignments.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        assignments.setEmptyStateText("No training has been assigned.");
        assignments.setAllRowsVisible(true);

        completions.addColumn(CompletionRow::moduleTitle).setHeader("Module").setFlexGrow(3);
        completions.addColumn(CompletionRow::moduleVersion).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        completions.addColumn(c -> c.score() + "%").setHeader("Score").setAutoWidth(true).setFlexGrow(0);
        completions.addColumn(c -> Dates.dateTime(c.completedAt(), "")).setHeader("Passed").setAutoWidth(true).setFlexGrow(0);
        completions.addComponentColumn(c -> {
            java.time.Instant now = java.time.Instant.now();
            var badge = new Badge((c.current(now) ? "Valid until " : "Expired ") + Dates.date(c.expiresAt(), ""), !c.current(now));
            if (c.expiringSoon(now)) {
                badge.addClassName("at-risk");
            }
            return badge;
        }).setHeader("Validity").setFlexGrow(2);
        completions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        completions.setEmptyStateText("No module passed yet.");
        completions.setAllRowsVisible(true);
    }

    private void refresh() {
        trained = readiness.ofPeople(List.of(employeeId)).getOrDefault(employeeId, List.of()).stream()
                .collect(Collectors.toMap(HolderReadiness::assignmentId, Function.identity()));
        history.setItems(roles.history(employeeId));
        TrainingStatus status = training.statusOf(employeeId);
        assignments.setItems(status.assignments());
        completions.setItems(status.completions());
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
        refresh();
        add(heading, facts, rolesHeading);
        if (mayAssign && person.active()) {
            var assign = new Button("Assign a role", e -> new AssignRoleDialog(employeeId, person.fullName(), roles,
                    catalogue.roles(), services.names(), null, null, row -> refresh()).open());
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            assign.getStyle().set("align-self", "flex-start");
            add(assign);
        }
        var trainingHeading = new H3("Training assigned");
        trainingHeading.addClassNames("text-l", "mb-0", "mt-m");
        var trainingHeader = new Div(trainingHeading);
        trainingHeader.addClassNames("flex", "items-center", "gap-m", "flex-wrap");
        if (mayAssignTraining && person.active()) {
            var assignModule = new Button("Assign a module", e -> new AssignModuleDialog(person.fullName(), List.of(employeeId),
                    catalogue.servedModules(), training, created -> refresh()).open());
            assignModule.addThemeVariants(ButtonVariant.LUMO_SMALL);
            trainingHeader.add(assignModule);
        }
        var completionsHeading = new H3("Modules passed");
        completionsHeading.addClassNames("text-l", "mb-0", "mt-m");
        add(history, trainingHeader, assignments, completionsHeading, completions);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
