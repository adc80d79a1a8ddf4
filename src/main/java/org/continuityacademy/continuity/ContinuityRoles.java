package org.continuityacademy.continuity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.services.ServiceSummary;
import org.continuityacademy.notifications.NotificationKind;
import org.continuityacademy.notifications.Notifications;
import org.continuityacademy.training.TrainingRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuity role assignments. The continuity manager assigns roles to anyone; a manager only to people
 * in their reporting line; HR reads but does not assign. Every change is audited and announced.
 */
@Service
public class ContinuityRoles {

    static final String AUDIT_TYPE = "role-assignment";

    private final RoleAssignmentRepository assignments;
    private final RoleVacancies vacancies;
    private final EmployeeDirectory directory;
    private final ServiceRegister services;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final TrainingRecords training;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    ContinuityRoles(RoleAssignmentRepository assignments, RoleVacancies vacancies, EmployeeDirectory directory, ServiceRegister services,
                    Catalogue catalogue, AuditTrail audit, TrainingRecords training, Notifications notifications,
                    ApplicationEventPublisher events, CurrentUser currentUser) {
        this.assignments = assignments;
        this.vacancies = vacancies;
        this.directory = directory;
        this.services = services;
        this.catalogue = catalogue;
        this.audit = audit;
        this.training = training;
        this.notifications = notifications;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** Gives someone a continuity role; the rules are explained in each refusal. */
    @PreAuthorize(Access.ROLE_ASSIGNERS)
    @Transactional
    public AssignmentRow assign(AssignRole request) {
        AppUserPrincipal me = currentUser.require();
        EmployeeRow employee = employeeInReach(me, request.employeeId());
        if (!employee.active()) {
            throw new AssignmentRefused(employee.fullName() + " has left the organisation and cannot take on a role.");
        }
        RoleDefinition role = role(request.roleKey());
        if (RoleDefinition.ALL_STAFF.equals(role.key())) {
            throw new AssignmentRefused("Everyone holds 'All staff' already; choose another role.");
        }
        ServiceSummary service = null;
        if (role.perService()) {
            if (request.serviceId() == null) {
                throw new AssignmentRefused(role.name() + " is held for a critical service: choose the service.");
            }
            service = services.summary(request.serviceId())
                    .orElseThrow(() -> new AssignmentRefused("That critical service no longer exists."));
        } else if (request.serviceId() != null) {
            throw new AssignmentRefused(role.name() + " is held for the whole organisation, not for one service.");
        }
        if (request.validUntil() != null && request.validUntil().isBefore(request.validFrom())) {
            throw new AssignmentRefused("The end date is before the start date.");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new AssignmentRefused("Say why this person takes the role (for the history).");
        }
        if (!assignments.currentFor(employee.id(), role.key(), request.serviceId()).isEmpty()) {
            throw new AssignmentRefused(employee.fullName() + " already holds " + role.name()
                    + (service == null ? "" : " for " + service.name()) + ".");
        }
        RoleAssignment replaced = null;
        if (service != null && request.position() == Position.PRIMARY) {
            var currentPrimary = assignments.currentForServiceRole(service.id(), role.key()).stream()
                    .filter(a -> a.getPosition() == Position.PRIMARY).findFirst();
            if (currentPrimary.isPresent()) {
                String holder = names(List.of(currentPrimary.get().getEmployeeId())).getOrDefault(
                        currentPrimary.get().getEmployeeId(), "someone");
                if (!request.replacePrimary()) {
                    throw new AssignmentRefused(holder + " is the primary " + role.name() + " for " + service.name()
                            + ". Replace them with " + employee.fullName() + "?", holder);
                }
                replaced = currentPrimary.get();
            }
        }
        var saved = new RoleAssignment(employee.id(), role.key(), request.serviceId(), request.position(),
                request.reason().strip(), me.getUsername(), request.validFrom(), request.validUntil());
        if (replaced != null) {
            end(replaced, me.getUsername(), "replaced by " + employee.fullName(), false);
            assignments.saveAndFlush(replaced);
            releaseTraining(replaced, "replaced by " + employee.fullName());
        }
        saved = assignments.saveAndFlush(saved);
        if (service != null) {
            long filledBy = saved.getId();
            vacancies.openSlot(service.id(), role.key(), request.position()).forEach(v -> v.fill(filledBy));
        }
        String where = service == null ? "" : " for " + service.name();
        audit.record("role assigned", AUDIT_TYPE, String.valueOf(saved.getId()), employee.fullName() + " became "
                + request.position().label().toLowerCase() + " " + role.name() + where, null, saved.describe());
        events.publishEvent(new RoleAssigned(saved.getId(), employee.id(), role.key(), request.serviceId(), request.position()));
        // the role's modules are assigned in the same transaction: the role and its training come together
        List<String> modules = training.assignForRole(employee.id(), role.key(), role.name(),
                service == null ? null : service.tier(), where);
        tell(employee, saved, role, where, modules);
        return saved.row(employee.fullName(), service == null ? null : service.name(), role.name());
    }

    /** The new holder hears of their role, and of the training it brings, in the bell and by e-mail. */
    private void tell(EmployeeRow employee, RoleAssignment saved, RoleDefinition role, String where, List<String> modules) {
        var body = new StringBuilder("Hello " + employee.fullName() + ",\n\nYou are now " + saved.getPosition().label().toLowerCase()
                + " " + role.name() + where + ". " + role.description() + "\n");
        if (!modules.isEmpty()) {
            var titles = catalogue.moduleInfo(modules);
            body.append("\nTo be ready for it, complete ").append(modules.size() == 1 ? "this module" : "these modules").append(":\n");
            modules.forEach(m -> body.append("- ").append(titles.containsKey(m) ? titles.get(m).title() : m).append('\n'));
        }
        notifications.notify(employee.id(), employee.email(), NotificationKind.ASSIGNED, "role-assignment:" + saved.getId(),
                "You are now " + saved.getPosition().label().toLowerCase() + " " + role.name() + where, body.toString(), "");
    }

    /** Ends an assignment; it stays in the history. */
    @PreAuthorize(Access.ROLE_ASSIGNERS)
    @Transactional
    public void end(long assignmentId, String reason) {
        AppUserPrincipal me = currentUser.require();
        RoleAssignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new AssignmentRefused("That assignment no longer exists."));
        employeeInReach(me, assignment.getEmployeeId());
        if (!assignment.isCurrent()) {
            throw new AssignmentRefused("That assignment has already ended.");
        }
        if (reason == null || reason.isBlank()) {
            throw new AssignmentRefused("Say why the assignment ends (for the history).");
        }
        end(assignment, me.getUsername(), reason.strip(), true);
        assignments.saveAndFlush(assignment);
        releaseTraining(assignment, reason.strip());
    }

    /** Waives the training that only the ended role asked for; what the person's other roles need stays. */
    private void releaseTraining(RoleAssignment ended, String why) {
        var stillHeld = new java.util.HashSet<String>();
        stillHeld.add(RoleDefinition.ALL_STAFF);
        assignments.historyOf(ended.getEmployeeId()).stream().filter(RoleAssignment::isCurrent)
                .forEach(a -> stillHeld.add(a.getRoleKey()));
        String roleName = catalogue.roles().stream().filter(r -> r.key().equals(ended.getRoleKey())).findFirst()
                .map(RoleDefinition::name).orElse(ended.getRoleKey());
        training.releaseRole(ended.getEmployeeId(), stillHeld, "No longer needed: " + roleName + " ended (" + why + ")");
    }

    /** Ends every current role of a person (a leaver); called by the system, not by a person. */
    @Transactional
    void endAllFor(long employeeId, String reason) {
        for (RoleAssignment assignment : assignments.historyOf(employeeId)) {
            if (assignment.isCurrent()) {
                end(assignment, "system", reason, true);
                assignments.saveAndFlush(assignment);
            }
        }
    }

    private void end(RoleAssignment assignment, String by, String reason, boolean leavesVacancy) {
        String before = assignment.describe();
        assignment.end(by, reason);
        if (leavesVacancy && assignment.getServiceId() != null) {
            vacancies.save(new RoleVacancy(assignment.getServiceId(), assignment.getRoleKey(), assignment.getPosition(),
                    assignment.getEmployeeId(), reason));
        }
        audit.record("role assignment ended", AUDIT_TYPE, String.valueOf(assignment.getId()),
                "Role " + assignment.getRoleKey() + " of employee " + assignment.getEmployeeId() + " ended: " + reason,
                before, assignment.describe());
        events.publishEvent(new RoleAssignmentEnded(assignment.getId(), assignment.getEmployeeId(), assignment.getRoleKey(),
                assignment.getServiceId(), assignment.getPosition(), reason));
    }

    /** The signed-in person's current roles, with their service and the other holder of the role there. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<RoleCard> myRoles() {
        Long me = currentUser.require().employeeId();
        if (me == null) {
            return List.of();
        }
        Map<String, RoleDefinition> roles = catalogue.roles().stream().collect(Collectors.toMap(RoleDefinition::key, Function.identity()));
        var cards = new ArrayList<RoleCard>();
        RoleDefinition allStaff = roles.get(RoleDefinition.ALL_STAFF);
        if (allStaff != null) {
            cards.add(new RoleCard(allStaff, null, null, null, null));
        }
        for (RoleAssignment a : assignments.historyOf(me)) {
            if (!a.isCurrent() || !roles.containsKey(a.getRoleKey())) {
                continue;
            }
            String serviceName = null;
            String partner = null;
            if (a.getServiceId() != null) {
                serviceName = services.summary(a.getServiceId()).map(ServiceSummary::name).orElse(null);
                var others = assignments.currentForServiceRole(a.getServiceId(), a.getRoleKey()).stream()
                        .filter(o -> o.getEmployeeId() != me).toList();
                var names = names(others.stream().map(RoleAssignment::getEmployeeId).toList());
                partner = others.stream().map(o -> o.getPosition().label() + ": " + names.getOrDefault(o.getEmployeeId(), "?"))
                        .collect(Collectors.joining(", "));
                if (partner.isEmpty()) {
                    partner = null;
                }
            }
            cards.add(new RoleCard(roles.get(a.getRoleKey()), a.getPosition(), serviceName, partner, a.getId()));
        }
        return cards;
    }

    /** Every open vacancy: for the continuity manager. */
    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional(readOnly = true)
    public List<VacancyRow> openVacancies() {
        return vacancyRows(vacancies.open());
    }

    /** Open vacancies on the services the signed-in person owns (service owners are alerted too). */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<VacancyRow> vacanciesOnMyServices() {
        Long me = currentUser.require().employeeId();
        if (me == null) {
            return List.of();
        }
        var owned = services.ownedBy(me);
        return owned.isEmpty() ? List.of() : vacancyRows(vacancies.openFor(owned));
    }

    private List<VacancyRow> vacancyRows(List<RoleVacancy> open) {
        var people = names(open.stream().map(RoleVacancy::getPreviousEmployeeId).distinct().toList());
        var serviceNames = serviceNames(open.stream().map(v -> (Long) v.getServiceId()).toList());
        Map<String, String> roleNames = catalogue.roles().stream().collect(Collectors.toMap(RoleDefinition::key, RoleDefinition::name));
        return open.stream().map(v -> v.row(serviceNames.getOrDefault(v.getServiceId(), "?"),
                roleNames.getOrDefault(v.getRoleKey(), v.getRoleKey()), people.getOrDefault(v.getPreviousEmployeeId(), "?"))).toList();
    }

    /** Current holders of every role of a service. */
    @PreAuthorize(Access.CATALOGUE_READERS_OR_MANAGER)
    @Transactional(readOnly = true)
    public List<AssignmentRow> holders(long serviceId) {
        var current = assignments.currentForService(serviceId);
        return rows(current);
    }

    /** Everything a person has held, current first: for staff and their own manager. */
    @PreAuthorize(Access.DIRECTORY_STAFF_OR_MANAGER)
    @Transactional(readOnly = true)
    public List<AssignmentRow> history(long employeeId) {
        AppUserPrincipal me = currentUser.require();
        if (!me.isDirectoryStaff()) {
            employeeInReach(me, employeeId);
        }
        return rows(assignments.historyOf(employeeId));
    }

    private List<AssignmentRow> rows(List<RoleAssignment> list) {
        var names = names(list.stream().map(RoleAssignment::getEmployeeId).toList());
        var serviceNames = serviceNames(list.stream().map(RoleAssignment::getServiceId).toList());
        Map<String, String> roleNames = catalogue.roles().stream().collect(Collectors.toMap(RoleDefinition::key, RoleDefinition::name));
        return list.stream().map(a -> a.row(names.getOrDefault(a.getEmployeeId(), "?"),
                a.getServiceId() == null ? null : serviceNames.get(a.getServiceId()),
                roleNames.getOrDefault(a.getRoleKey(), a.getRoleKey()))).toList();
    }

    private Map<Long, String> names(List<Long> ids) {
        return directory.names(ids);
    }

    /** Service names for a list, in one query. */
    private Map<Long, String> serviceNames(List<Long> ids) {
        var distinct = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return distinct.isEmpty() ? Map.of() : services.summaries(distinct).values().stream()
                .collect(Collectors.toMap(ServiceSummary::id, ServiceSummary::name));
    }

    /** The employee, if the signed-in person may manage their roles; refused otherwise without saying whether they exist. */
    private EmployeeRow employeeInReach(AppUserPrincipal me, long employeeId) {
        if (me.hasRole(AppRole.CONTINUITY_MANAGER)) {
            return directory.employee(employeeId)
                    .orElseThrow(() -> new AssignmentRefused("That employee is not in the directory."));
        }
        // a manager reaches their own line only; anyone else is refused alike, existing or not
        Optional<EmployeeRow> inLine = me.hasRole(AppRole.MANAGER) ? directory.employeeForAssignment(employeeId) : Optional.empty();
        return inLine.orElseThrow(() -> new AccessDeniedException(
                "You can assign continuity roles only to people in your reporting line."));
    }

    private RoleDefinition role(String key) {
        return catalogue.roles().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssignmentRefused("'" + key + "' is not a role in the role catalogue."));
    }
}
