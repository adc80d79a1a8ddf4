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
import java.time.Clock;
import java.time.Instant;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.Badge;
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
    private final Clock clock;
    private final ReadinessBadges badges;
    private final boolean mayAssign;
    private final boolean mayAssignTraining;
    final Grid<AssignmentRow> history = new Grid<>();
    final Grid<TrainingAssignmentRow> assignments = new Grid<>();
    final Grid<CompletionRow> completions = new Grid<>();
    private Map<Long, HolderReadiness> trained = Map.of();
    private String title = getTranslation("employee-detail.title");
    private long employeeId;

    EmployeeDetailView(EmployeeDirectory directory, ContinuityRoles roles, Catalogue catalogue, ServiceRegister services,
                       Readiness readiness, TrainingRecords training, CurrentUser currentUser, Messages messages, Clock clock) {
        this.directory = directory;
        this.roles = roles;
        this.catalogue = catalogue;
        this.services = services;
        this.readiness = readiness;
        this.training = training;
        this.clock = clock;
        this.badges = new ReadinessBadges(messages);
        this.mayAssign = currentUser.require().hasRole(AppRole.CONTINUITY_MANAGER);
        this.mayAssignTraining = mayAssign || currentUser.require().hasRole(AppRole.HR);
        addClassNames("academy-view", "flex", "flex-col", "gap-m");

        Formats formats = Formats.current();
        history.addColumn(a -> getTranslation("employee-detail.history.role", getTranslation(Messages.labelKey(a.position())), a.roleName()))
                .setHeader(getTranslation("employee-detail.history.column.role")).setFlexGrow(2);
        history.addColumn(a -> a.serviceName() == null ? getTranslation("employee-detail.history.whole-organisation") : a.serviceName())
                .setHeader(getTranslation("employee-detail.history.column.for")).setFlexGrow(2);
        history.addColumn(a -> a.validUntil() == null ? getTranslation("employee-detail.history.valid-from", formats.date(a.validFrom()))
                        : getTranslation("employee-detail.history.valid-between", formats.date(a.validFrom()), formats.date(a.validUntil())))
                .setHeader(getTranslation("employee-detail.history.column.valid")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(a -> getTranslation("employee-detail.history.why", a.reason(), a.assignedBy()))
                .setHeader(getTranslation("employee-detail.history.column.why")).setFlexGrow(3);
        history.addComponentColumn(a -> a.current() ? new Badge(getTranslation("employee-detail.history.current"))
                        : new Badge(getTranslation("employee-detail.history.ended", formats.dateTime(a.endedAt(), ""), a.endReason()), true))
                .setHeader(getTranslation("employee-detail.history.column.status")).setFlexGrow(3);
        history.addComponentColumn(a -> {
            HolderReadiness h = trained.get(a.id());
            return h == null ? new Span() : badges.holder(h);
        }).setHeader(getTranslation("employee-detail.history.column.trained")).setAutoWidth(true).setFlexGrow(0);
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setEmptyStateText(getTranslation("employee-detail.history.empty"));
        history.setAllRowsVisible(true);

        assignments.addColumn(TrainingAssignmentRow::moduleTitle).setHeader(getTranslation("employee-detail.training.column.module"))
                .setFlexGrow(3);
        assignments.addColumn(TrainingAssignmentRow::reason).setHeader(getTranslation("employee-detail.training.column.why")).setFlexGrow(3);
        assignments.addColumn(a -> formats.date(a.dueOn())).setHeader(getTranslation("employee-detail.training.column.due"))
                .setAutoWidth(true).setFlexGrow(0);
        assignments.addComponentColumn(a -> {
            // TrainingState's label is the training module's; it moves to that module's bundle with the rest of its texts
            String state = getTranslation(Messages.labelKey(a.state()));
            var badge = new Badge(a.closeReason() == null ? state
                    : getTranslation("employee-detail.training.state-because", state, a.closeReason()), !a.open());
            if (a.state() == TrainingState.OVERDUE) {
                badge.addClassName("not-ready");
            }
            return badge;
        }).setHeader(getTranslation("employee-detail.training.column.status")).setFlexGrow(2);
        if (mayAssignTraining) {
            assignments.addComponentColumn(a -> {
                if (!a.open()) {
                    return new Span();
                }
                var waive = new Button(getTranslation("employee-detail.training.waive"), e -> new WaiveDialog(a, training, this::refresh).open());
                waive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                waive.setAriaLabel(getTranslation("employee-detail.training.waive.aria", a.moduleTitle()));
                return waive;
            }).setKey("waive").setAutoWidth(true).setFlexGrow(0);
        }
        assignments.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        assignments.setEmptyStateText(getTranslation("employee-detail.training.empty"));
        assignments.setAllRowsVisible(true);

        completions.addColumn(CompletionRow::moduleTitle).setHeader(getTranslation("employee-detail.passed.column.module")).setFlexGrow(3);
        completions.addColumn(CompletionRow::moduleVersion).setHeader(getTranslation("employee-detail.passed.column.version"))
                .setAutoWidth(true).setFlexGrow(0);
        completions.addColumn(c -> formats.percent(c.score(), 0)).setHeader(getTranslation("employee-detail.passed.column.score"))
                .setAutoWidth(true).setFlexGrow(0);
        completions.addColumn(c -> formats.dateTime(c.completedAt(), "")).setHeader(getTranslation("employee-detail.passed.column.passed"))
                .setAutoWidth(true).setFlexGrow(0);
        completions.addComponentColumn(c -> {
            // current or expired as of the application's clock, not the server's
            Instant now = clock.instant();
            String expires = formats.date(c.expiresAt(), "");
            var badge = new Badge(c.current(now) ? getTranslation("employee-detail.passed.valid-until", expires)
                    : getTranslation("employee-detail.passed.expired", expires), !c.current(now));
            if (c.expiringSoon(now)) {
                badge.addClassName("at-risk");
            }
            return badge;
        }).setHeader(getTranslation("employee-detail.passed.column.validity")).setFlexGrow(2);
        completions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        completions.setEmptyStateText(getTranslation("employee-detail.passed.empty"));
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
        String none = getTranslation("employee-detail.fact.none");
        var facts = new Div(new Span(getTranslation("employee-detail.fact.number", person.employeeNumber())), new Span(person.email()),
                new Span(getTranslation("employee-detail.fact.department", person.department() == null ? none : person.department())),
                new Span(getTranslation("employee-detail.fact.manager", person.managerName() == null ? none : person.managerName())),
                new Span(getTranslation("employee-detail.fact.location", person.location() == null
                        ? getTranslation("employee-detail.fact.not-given") : person.location())),
                person.active() ? new Badge(getTranslation("employee-detail.fact.current"))
                        : new Badge(getTranslation("employee-detail.fact.has-left"), true));
        facts.addClassNames("flex", "flex-wrap", "gap-l", "text-secondary");
        var rolesHeading = new H3(getTranslation("employee-detail.history.heading"));
        rolesHeading.addClassNames("text-l", "mb-0");
        refresh();
        add(heading, facts, rolesHeading);
        if (mayAssign && person.active()) {
            var assign = new Button(getTranslation("employee-detail.assign-role"), e -> new AssignRoleDialog(employeeId, person.fullName(),
                    roles, catalogue.roles(), services.names(), null, null, clock, row -> refresh()).open());
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            assign.getStyle().set("align-self", "flex-start");
            add(assign);
        }
        var trainingHeading = new H3(getTranslation("employee-detail.training.heading"));
        trainingHeading.addClassNames("text-l", "mb-0", "mt-m");
        var trainingHeader = new Div(trainingHeading);
        trainingHeader.addClassNames("flex", "items-center", "gap-m", "flex-wrap");
        if (mayAssignTraining && person.active()) {
            var assignModule = new Button(getTranslation("employee-detail.training.assign-module"), e -> new AssignModuleDialog(person.fullName(), List.of(employeeId),
                    catalogue.servedModules(), training, clock, created -> refresh()).open());
            assignModule.addThemeVariants(ButtonVariant.LUMO_SMALL);
            trainingHeader.add(assignModule);
        }
        var completionsHeading = new H3(getTranslation("employee-detail.passed.heading"));
        completionsHeading.addClassNames("text-l", "mb-0", "mt-m");
        add(history, trainingHeader, assignments, completionsHeading, completions);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
