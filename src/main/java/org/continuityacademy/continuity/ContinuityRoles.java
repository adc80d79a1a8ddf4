package org.continuityacademy.continuity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.ScopedToCaller;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.services.ServiceSummary;
import org.continuityacademy.notifications.NotificationKind;
import org.continuityacademy.notifications.Notifications;
import org.continuityacademy.training.TrainingRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuity role assignments. The continuity manager assigns roles to anyone; a manager only to people
 * in their reporting line; HR reads but does not assign. Every change is audited and announced.
 * <p>
 * Refusals are in the language of the person who asked (a view shows them); what is stored for everyone
 * (why an assignment ended, why training was waived) and e-mails are in the organisation's language. The
 * audit trail's summaries are English, like its before/after records.
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
    private final ColumnSizes columnSizes;
    private final Messages messages;
    private final Clock clock;

    ContinuityRoles(RoleAssignmentRepository assignments, RoleVacancies vacancies, EmployeeDirectory directory, ServiceRegister services,
                    Catalogue catalogue, AuditTrail audit, TrainingRecords training, Notifications notifications,
                    ApplicationEventPublisher events, CurrentUser currentUser, Messages messages, Clock clock, ColumnSizes columnSizes) {
        this.columnSizes = columnSizes;
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
        this.messages = messages;
        this.clock = clock;
    }

    /** Gives someone a continuity role; the rules are explained in each refusal. */
    @PreAuthorize(Access.ROLE_ASSIGNERS)
    @ScopedToCaller("the continuity manager reaches anyone; a manager only their reporting line (employeeInReach)")
    @Transactional
    public AssignmentRow assign(AssignRole request) {
        AppUserPrincipal me = currentUser.require();
        EmployeeRow employee = employeeInReach(me, request.employeeId());
        if (!employee.active()) {
            throw new AssignmentRefused(messages.get("continuity.refused.has-left", employee.fullName()));
        }
        RoleDefinition role = role(request.roleKey());
        if (RoleDefinition.ALL_STAFF.equals(role.key())) {
            throw new AssignmentRefused(messages.get("continuity.refused.all-staff", role.name()));
        }
        ServiceSummary service = null;
        if (role.perService()) {
            if (request.serviceId() == null) {
                throw new AssignmentRefused(messages.get("continuity.refused.choose-service", role.name()));
            }
            service = services.summary(request.serviceId())
                    .orElseThrow(() -> new AssignmentRefused(messages.get("continuity.refused.service-gone")));
        } else if (request.serviceId() != null) {
            throw new AssignmentRefused(messages.get("continuity.refused.organisation-wide", role.name()));
        }
        if (request.validUntil() != null && request.validUntil().isBefore(request.validFrom())) {
            throw new AssignmentRefused(messages.get("continuity.refused.ends-before-start"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new AssignmentRefused(messages.get("continuity.refused.no-reason"));
        }
        columnSizes.tooLong("role_assignment", "reason", request.reason().strip(), messages.get("assign-role.reason")).ifPresent(tooLong -> {
            throw new AssignmentRefused(tooLong);
        });
        if (!assignments.currentFor(employee.id(), role.key(), request.serviceId()).isEmpty()) {
            throw new AssignmentRefused(messages.get("continuity.refused.already-holds", employee.fullName(),
                    roleText(messages.currentLocale(), role, service)));
        }
        RoleAssignment replaced = null;
        if (service != null && request.position() == Position.PRIMARY) {
            var currentPrimary = assignments.currentForServiceRole(service.id(), role.key()).stream()
                    .filter(a -> a.getPosition() == Position.PRIMARY).findFirst();
            if (currentPrimary.isPresent()) {
                String holder = names(List.of(currentPrimary.get().getEmployeeId())).getOrDefault(
                        currentPrimary.get().getEmployeeId(), messages.get("continuity.someone"));
                if (!request.replacePrimary()) {
                    throw new AssignmentRefused(messages.get("continuity.refused.has-primary", holder, role.name(), service.name(),
                            employee.fullName()), holder);
                }
                replaced = currentPrimary.get();
            }
        }
        Instant now = clock.instant();
        var saved = new RoleAssignment(employee.id(), role.key(), request.serviceId(), request.position(),
                request.reason().strip(), me.getUsername(), now, request.validFrom(), request.validUntil());
        // what is stored for everyone to read is in the organisation's language
        Locale organisation = messages.organisationLocale();
        if (replaced != null) {
            String why = messages.get(organisation, "continuity.ended.replaced-by", employee.fullName());
            end(replaced, me.getUsername(), why, false, now);
            assignments.saveAndFlush(replaced);
            releaseTraining(replaced, why);
        }
        saved = assignments.saveAndFlush(saved);
        if (service != null) {
            long filledBy = saved.getId();
            vacancies.openSlot(service.id(), role.key(), request.position()).forEach(v -> v.fill(filledBy, now));
        }
        String where = service == null ? "" : " for " + service.name();
        audit.record("role assigned", AUDIT_TYPE, String.valueOf(saved.getId()), employee.fullName() + " became "
                + request.position().name().toLowerCase(Locale.ROOT) + " " + role.name() + where, null, saved.describe());
        events.publishEvent(new RoleAssigned(saved.getId(), employee.id(), role.key(), request.serviceId(), request.position()));
        // the role's modules are assigned in the same transaction: the role and its training come together; the
        // role is named with its service here ("IT Recovery Lead for Payments"), so the whole phrase is translated
        List<String> modules = training.assignForRole(saved.getId(), roleText(organisation, role, service));
        tell(employee, saved, role, service, modules);
        return saved.row(employee.fullName(), service == null ? null : service.name(), role.name());
    }

    /** "IT Recovery Lead", or "IT Recovery Lead for Payments" for a role held for a service. */
    private String roleText(Locale locale, RoleDefinition role, @Nullable ServiceSummary service) {
        return service == null ? role.name() : messages.get(locale, "continuity.role.for-service", role.name(), service.name());
    }

    /**
     * The new holder hears of their role, and of the training it brings, in the bell and by e-mail (in the
     * organisation's language until people choose their own).
     */
    private void tell(EmployeeRow employee, RoleAssignment saved, RoleDefinition role, @Nullable ServiceSummary service,
                      List<String> modules) {
        Locale locale = messages.organisationLocale();
        String position = messages.get(locale, saved.getPosition().wordKey());
        String roleText = roleText(locale, role, service);
        var body = new StringBuilder(messages.get(locale, "continuity.assigned.body", employee.fullName(), position, roleText,
                role.description()));
        if (!modules.isEmpty()) {
            var titles = catalogue.moduleInfo(modules);
            body.append("\n").append(messages.get(locale, "continuity.assigned.body.modules", modules.size())).append('\n');
            modules.forEach(m -> body.append("- ").append(titles.containsKey(m) ? titles.get(m).title() : m).append('\n'));
        }
        notifications.notify(employee.id(), employee.email(), NotificationKind.ASSIGNED, "role-assignment:" + saved.getId(),
                messages.get(locale, "continuity.assigned.subject", position, roleText), body.toString(), "");
    }

    /** Ends an assignment; it stays in the history. */
    @PreAuthorize(Access.ROLE_ASSIGNERS)
    @ScopedToCaller("the continuity manager reaches anyone; a manager only their reporting line (employeeInReach)")
    @Transactional
    public void end(long assignmentId, String reason) {
        AppUserPrincipal me = currentUser.require();
        RoleAssignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new AssignmentRefused(messages.get("continuity.refused.assignment-gone")));
        employeeInReach(me, assignment.getEmployeeId());
        if (!assignment.isCurrent()) {
            throw new AssignmentRefused(messages.get("continuity.refused.already-ended"));
        }
        if (reason == null || reason.isBlank()) {
            throw new AssignmentRefused(messages.get("continuity.refused.no-end-reason"));
        }
        columnSizes.tooLong("role_assignment", "end_reason", reason.strip(), messages.get("service-roles.end.reason")).ifPresent(tooLong -> {
            throw new AssignmentRefused(tooLong);
        });
        end(assignment, me.getUsername(), reason.strip(), true, clock.instant());
        assignments.saveAndFlush(assignment);
        releaseTraining(assignment, reason.strip());
    }

    /** Waives the training that only the ended role asked for; what the person's other roles need stays. */
    private void releaseTraining(RoleAssignment ended, String why) {
        String roleName = catalogue.roles().stream().filter(r -> r.key().equals(ended.getRoleKey())).findFirst()
                .map(RoleDefinition::name).orElse(ended.getRoleKey());
        training.releaseRole(ended.getId(),
                messages.get(messages.organisationLocale(), "continuity.training.no-longer-needed", roleName, why));
    }

    /** Ends every current role of a person (a leaver); called by the system, not by a person. */
    @Transactional
    void endAllFor(long employeeId, String reason) {
        Instant now = clock.instant();
        for (RoleAssignment assignment : assignments.historyOf(employeeId)) {
            if (assignment.isCurrent()) {
                end(assignment, "system", reason, true, now);
                assignments.saveAndFlush(assignment);
            }
        }
    }

    private void end(RoleAssignment assignment, String by, String reason, boolean leavesVacancy, Instant at) {
        String before = assignment.describe();
        assignment.end(by, reason, at);
        if (leavesVacancy && assignment.getServiceId() != null) {
            vacancies.save(new RoleVacancy(assignment.getServiceId(), assignment.getRoleKey(), assignment.getPosition(),
                    assignment.getEmployeeId(), reason, at));
        }
        audit.record("role assignment ended", AUDIT_TYPE, String.valueOf(assignment.getId()),
                "Role " + assignment.getRoleKey() + " of employee " + assignment.getEmployeeId() + " ended: " + reason,
                before, assignment.describe());
        events.publishEvent(new RoleAssignmentEnded(assignment.getId(), assignment.getEmployeeId(), assignment.getRoleKey(),
                assignment.getServiceId(), assignment.getPosition(), reason));
    }

    /** The signed-in person's current roles, with their service and the other holder of the role there. */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in person's own roles, naming who shares each with them")
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
                partner = others.stream().map(o -> messages.get("continuity.role-card.partner", messages.label(o.getPosition()),
                        names.getOrDefault(o.getEmployeeId(), "?"))).collect(Collectors.joining(", "));
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
    @ScopedToCaller("vacancies on the services the signed-in person owns")
    @Transactional(readOnly = true)
    public List<VacancyRow> vacanciesOnMyServices() {
        var owned = services.ownedByMe();
        return owned.isEmpty() ? List.of() : vacancyRows(vacancies.openFor(owned));
    }

    private List<VacancyRow> vacancyRows(List<RoleVacancy> open) {
        var people = names(open.stream().map(RoleVacancy::getPreviousEmployeeId).distinct().toList());
        var serviceNames = serviceNames(open.stream().map(v -> (Long) v.getServiceId()).toList());
        Map<String, String> roleNames = catalogue.roles().stream().collect(Collectors.toMap(RoleDefinition::key, RoleDefinition::name));
        return open.stream().map(v -> v.row(serviceNames.getOrDefault(v.getServiceId(), "?"),
                roleNames.getOrDefault(v.getRoleKey(), v.getRoleKey()), people.getOrDefault(v.getPreviousEmployeeId(), "?"))).toList();
    }

    /**
     * Current holders of every role of a service: any service for the continuity manager and HR; for a manager, only a
     * service their reporting line holds a role for (the services the readiness matrix shows them), otherwise none.
     */
    @PreAuthorize(Access.CATALOGUE_READERS_OR_MANAGER)
    @ScopedToCaller("a manager gets the holders only of a service their reporting line holds a role for")
    @Transactional(readOnly = true)
    public List<AssignmentRow> holders(long serviceId) {
        AppUserPrincipal me = currentUser.require();
        var current = assignments.currentForService(serviceId);
        if (!me.hasRole(AppRole.CONTINUITY_MANAGER) && !me.hasRole(AppRole.HR)
                && directory.inMyReportingLine(current.stream().map(RoleAssignment::getEmployeeId).toList()).isEmpty()) {
            return List.of();
        }
        return rows(current);
    }

    /** Everything a person has held, current first: for staff and their own manager. */
    @PreAuthorize(Access.DIRECTORY_STAFF_OR_MANAGER)
    @ScopedToCaller("directory staff read anyone's; a manager only their reporting line's")
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
                    .orElseThrow(() -> new AssignmentRefused(messages.get("continuity.refused.employee-unknown")));
        }
        // a manager reaches their own line only; anyone else is refused alike, existing or not
        Optional<EmployeeRow> inLine = me.hasRole(AppRole.MANAGER) ? directory.employeeForAssignment(employeeId) : Optional.empty();
        return inLine.orElseThrow(() -> new AccessDeniedException(
                "You can assign continuity roles only to people in your reporting line."));
    }

    private RoleDefinition role(String key) {
        return catalogue.roles().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssignmentRefused(messages.get("continuity.refused.role-unknown", key)));
    }
}
