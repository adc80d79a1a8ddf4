package org.continuityacademy.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.ModuleInfo;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.notifications.Notifications;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.ScopedToCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has to complete which module by when, and what they have passed. A new continuity role assigns
 * the modules the role requires (unless the person's completion is still current), due sooner for
 * more critical services; ending a role waives what only that role asked for. Completions stay. Every new
 * assignment waits to be announced: the person gets one e-mail listing what is new ({@link AssignmentAnnouncements}).
 */
@Service
public class TrainingRecords {

    static final String AUDIT_TYPE = "training-assignment";

    private final TrainingAssignments assignments;
    private final Completions completions;
    private final QuizAttempts attempts;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final TrainingPolicy policy;
    private final Catalogue catalogue;
    private final EmployeeDirectory directory;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Notifications notifications;
    private final ColumnSizes columnSizes;
    private final Messages messages;
    private final Clock clock;

    TrainingRecords(TrainingAssignments assignments, Completions completions, QuizAttempts attempts,
                    org.springframework.jdbc.core.simple.JdbcClient jdbc, TrainingPolicy policy, Catalogue catalogue,
                    EmployeeDirectory directory, AuditTrail audit, CurrentUser currentUser, Notifications notifications,
                    Messages messages, Clock clock, ColumnSizes columnSizes) {
        this.columnSizes = columnSizes;
        this.assignments = assignments;
        this.completions = completions;
        this.attempts = attempts;
        this.jdbc = jdbc;
        this.policy = policy;
        this.catalogue = catalogue;
        this.directory = directory;
        this.audit = audit;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Assigns the modules that a role assignment requires, in the transaction of the continuity roles service that
     * has just saved it, so the role and its training come together or not at all. It works only for a current role
     * assignment that the caller made themselves (its {@code assigned_by}), which the continuity roles service gives only
     * to people within the caller's reach; what is assigned, to whom and by when follows from that assignment (its
     * person, its role's modules, its service's tier), not from anything else the caller says.
     *
     * @param roleAssignmentId a role assignment saved (and flushed) in the caller's transaction
     * @param roleName         the role as the reason names it, in the organisation's language ("IT Recovery Lead for Payments")
     * @return the modules the person has to complete for the role: newly assigned, or already open (that assignment
     *         kept, due by the sooner date); not those they hold a current completion of
     * @throws AccessDeniedException when the assignment is not a current one the caller made
     */
    @PreAuthorize(Access.ROLE_ASSIGNERS)
    @ScopedToCaller("only for a current role assignment the caller made, which ContinuityRoles gave within the caller's reach")
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> assignForRole(long roleAssignmentId, String roleName) {
        String by = currentUser.require().getUsername();
        record Made(long employeeId, String roleKey, @Nullable Integer tier) {
        }
        Made made = jdbc.sql("""
                        select ra.employee_id, ra.role_key, cs.tier from role_assignment ra
                        left join critical_service cs on cs.id = ra.service_id
                        where ra.id = ? and ra.ended_at is null and ra.assigned_by = ?
                        """).params(roleAssignmentId, by)
                .query((rs, n) -> new Made(rs.getLong("employee_id"), rs.getString("role_key"), rs.getObject("tier", Integer.class)))
                .optional()
                .orElseThrow(() -> new AccessDeniedException("Training follows only a current role assignment that you made."));
        long employeeId = made.employeeId();
        String roleKey = made.roleKey();
        List<String> required = catalogue.modulesRequiredBy(roleKey);
        if (required.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate due = policy.dueOn(made.tier(), LocalDate.now(clock));
        Set<String> current = new HashSet<>(completions.currentModules(employeeId, required, now));
        Map<String, TrainingAssignment> open = assignments.openFor(employeeId).stream()
                .collect(Collectors.toMap(TrainingAssignment::getModuleId, a -> a));
        var created = new java.util.ArrayList<String>();
        for (String module : required) {
            if (current.contains(module)) {
                continue;
            }
            TrainingAssignment existing = open.get(module);
            if (existing != null) {
                existing.bringForward(due);
                created.add(module); // still to do for this role: the new holder hears of it too
                continue;
            }
            // the reason is kept with the record, in the organisation's language
            var assignment = assignments.save(new TrainingAssignment(employeeId, module, AssignmentOrigin.ROLE, roleKey,
                    messages.get(messages.organisationLocale(), "training.reason.role", roleName, ""), by, now, due));
            created.add(module);
            audit.record("training assigned", AUDIT_TYPE, String.valueOf(assignment.getId()),
                    "Module " + module + " assigned to employee " + employeeId + " for " + roleName + ", due " + due,
                    null, assignment.describe());
        }
        return created;
    }

    /**
     * After a role assignment ended, in the transaction that ended it: waives the person's open assignments that were
     * made for a role and that none of the roles they still hold requires. It works only for an ended role assignment
     * that the caller ended themselves (its {@code ended_by}); the roles still held are read, not taken from the caller.
     * Assignments made by hand or by campaigns stay; completions stay.
     *
     * @param roleAssignmentId a role assignment ended (and flushed) in the caller's transaction
     * @return the modules whose assignment was waived
     * @throws AccessDeniedException when the assignment is not one the caller ended
     */
    @PreAuthorize(Access.ROLE_ASSIGNERS)
    @ScopedToCaller("only for a role assignment the caller ended, which ContinuityRoles lets them end within their reach")
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> releaseRole(long roleAssignmentId, String why) {
        String by = currentUser.require().getUsername();
        long employeeId = jdbc.sql("select employee_id from role_assignment where id = ? and ended_at is not null and ended_by = ?")
                .params(roleAssignmentId, by).query(Long.class).optional()
                .orElseThrow(() -> new AccessDeniedException("Training is released only after a role assignment that you ended."));
        Set<String> stillRequired = new HashSet<>(catalogue.modulesRequiredBy(RoleDefinition.ALL_STAFF));
        jdbc.sql("select distinct role_key from role_assignment where employee_id = ? and ended_at is null").param(employeeId)
                .query(String.class).list().forEach(role -> stillRequired.addAll(catalogue.modulesRequiredBy(role)));
        var waived = new java.util.ArrayList<String>();
        for (TrainingAssignment assignment : assignments.openFor(employeeId)) {
            if (assignment.getOrigin() == AssignmentOrigin.ROLE && !stillRequired.contains(assignment.getModuleId())) {
                waive(assignment, by, why);
                waived.add(assignment.getModuleId());
            }
        }
        return waived;
    }

    /** A person's assignments and completions: for directory staff, and for their own manager. */
    @PreAuthorize(Access.DIRECTORY_STAFF_OR_MANAGER)
    @ScopedToCaller("directory staff read anyone's; a manager only their reporting line's")
    @Transactional(readOnly = true)
    public TrainingStatus statusOf(long employeeId) {
        AppUserPrincipal me = currentUser.require();
        if (!me.isDirectoryStaff() && directory.employeeForAssignment(employeeId).isEmpty()) {
            throw new AccessDeniedException("You can see the training of people in your reporting line only.");
        }
        return status(employeeId);
    }

    /**
     * Open and overdue assignments of the people asked for, counted in the database: directory staff
     * see anyone, a manager their own reporting line (others are left out). Overdue: due before the
     * organisation's today (a due date is a day in the organisation's zone).
     */
    @PreAuthorize(Access.DIRECTORY_STAFF_OR_MANAGER)
    @ScopedToCaller("directory staff read anyone's; a manager only their reporting line's (others are left out)")
    @Transactional(readOnly = true)
    public Map<Long, TrainingSummary> summaries(java.util.Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        AppUserPrincipal me = currentUser.require();
        String scope = me.isDirectoryStaff() ? "" : """
                join (with recursive line (id) as (
                        select e.id from employee e where e.manager_id = :manager
                        union
                        select e.id from employee e join line l on e.manager_id = l.id)
                      select distinct id from line) in_line on in_line.id = a.employee_id
                """;
        var result = new java.util.HashMap<Long, TrainingSummary>();
        var spec = jdbc.sql("select a.employee_id, count(*) as open_count, sum(case when a.due_on < :today then 1 else 0 end) as overdue"
                        + " from training_assignment a " + scope
                        + " where a.status = 'OPEN' and a.employee_id in (:ids) group by a.employee_id")
                .param("ids", employeeIds).param("today", java.sql.Date.valueOf(LocalDate.now(clock)));
        if (!me.isDirectoryStaff()) {
            spec = spec.param("manager", me.employeeId() == null ? -1L : me.employeeId());
        }
        spec.query((rs, n) -> result.put(rs.getLong("employee_id"), new TrainingSummary(rs.getInt("open_count"), rs.getInt("overdue"))))
                .list();
        return result;
    }

    /** The signed-in person's own assignments and completions. */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in person's own assignments and completions")
    @Transactional(readOnly = true)
    public TrainingStatus myTraining() {
        Long me = currentUser.require().employeeId();
        return me == null ? new TrainingStatus(List.of(), List.of()) : status(me);
    }

    /**
     * Opens a module for the signed-in learner: only a module assigned to them (open, or done before,
     * to read again). Reading an open assignment marks it in progress.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("only a module assigned to the signed-in learner")
    @Transactional
    public LearnerModule openModule(String moduleId) {
        Long me = currentUser.require().employeeId();
        var mine = me == null ? List.<TrainingAssignment>of() : assignments.allFor(me).stream()
                .filter(a -> a.getModuleId().equals(moduleId)).toList();
        if (mine.isEmpty()) {
            throw new AccessDeniedException("That module is not assigned to you.");
        }
        TrainingAssignment assignment = mine.stream().filter(TrainingAssignment::isOpen).findFirst().orElse(mine.getFirst());
        var reading = catalogue.read(moduleId).orElseThrow(() -> new QuizRefused(messages.get("quiz.refused.not-in-catalogue")));
        if (assignment.isOpen()) {
            assignment.start(clock.instant());
        }
        int resumeAt = jdbc.sql("select section_index from reading_position where employee_id = ? and module_id = ?")
                .params(me, moduleId).query(Integer.class).optional().orElse(0);
        return new LearnerModule(reading, assignment.row(reading.module().title(), LocalDate.now(clock)),
                Math.min(resumeAt, Math.max(0, reading.sections().size() - 1)));
    }

    /** Remembers where the signed-in learner is in a module. */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in learner's own reading position")
    @Transactional
    public void saveReadingPosition(String moduleId, int sectionIndex) {
        Long me = currentUser.require().employeeId();
        if (me == null || sectionIndex < 0) {
            return;
        }
        jdbc.sql("""
                insert into reading_position (employee_id, module_id, section_index, updated_at) values (?, ?, ?, ?)
                on duplicate key update section_index = values(section_index), updated_at = values(updated_at)
                """).params(me, moduleId, sectionIndex, UtcText.of(clock.instant())).update();
    }

    /**
     * Assigns a module by hand to chosen people, due on a date. Someone who already has the module
     * open keeps that assignment (due by the sooner date); leavers are skipped.
     *
     * @return how many people got a new assignment
     */
    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional
    public int assignByHand(java.util.Collection<Long> employeeIds, String moduleId, LocalDate dueOn, String reason) {
        String by = currentUser.require().getUsername();
        if (reason == null || reason.isBlank()) {
            throw new AssignmentRejected(messages.get("training.assign.error.reason"));
        }
        columnSizes.tooLong("training_assignment", "reason", reason.strip(), messages.get("assign-module.why")).ifPresent(tooLong -> {
            throw new AssignmentRejected(tooLong);
        });
        if (dueOn.isBefore(LocalDate.now(clock))) {
            throw new AssignmentRejected(messages.get("training.assign.error.due"));
        }
        ModuleInfo module = catalogue.moduleInfo(List.of(moduleId)).get(moduleId);
        if (module == null || module.retired()) {
            throw new AssignmentRejected(messages.get("training.assign.error.module", moduleId));
        }
        Instant now = clock.instant();
        int created = 0;
        for (long employeeId : employeeIds) {
            if (directory.employee(employeeId).filter(org.continuityacademy.directory.EmployeeRow::active).isEmpty()) {
                continue;
            }
            var open = assignments.openFor(employeeId, moduleId);
            if (open.isPresent()) {
                open.get().bringForward(dueOn);
                continue;
            }
            var assignment = assignments.save(new TrainingAssignment(employeeId, moduleId, AssignmentOrigin.MANUAL, null,
                    reason.strip(), by, now, dueOn));
            audit.record("training assigned", AUDIT_TYPE, String.valueOf(assignment.getId()),
                    "Module " + moduleId + " assigned by hand to employee " + employeeId + ", due " + dueOn + ": " + reason.strip(),
                    null, assignment.describe());
            created++;
        }
        return created;
    }

    /** Waives one open assignment with a reason (audited); an open quiz attempt for it is closed. */
    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional
    public void waive(long assignmentId, String reason) {
        TrainingAssignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new AssignmentRejected(messages.get("training.waive.error.gone")));
        if (!assignment.isOpen()) {
            throw new AssignmentRejected(messages.get("training.waive.error.closed"));
        }
        if (reason == null || reason.isBlank()) {
            throw new AssignmentRejected(messages.get("training.waive.error.reason"));
        }
        columnSizes.tooLong("training_assignment", "close_reason", reason.strip(), messages.get("waive.why")).ifPresent(tooLong -> {
            throw new AssignmentRejected(tooLong);
        });
        waive(assignment, currentUser.require().getUsername(), reason.strip());
    }

    /** Waives every open assignment of a person who has left; runs for the system, not for a person. */
    @Transactional
    void waiveAllFor(long employeeId, String why) {
        assignments.openFor(employeeId).forEach(a -> waive(a, "system", why));
    }

    private void waive(TrainingAssignment assignment, String by, String why) {
        String before = assignment.describe();
        assignment.waive(by, why, clock.instant());
        attempts.openFor(assignment.getId()).ifPresent(QuizAttempt::close);
        notifications.withdraw(assignment.getEmployeeId(), "assignment:" + assignment.getId());
        assignments.save(assignment);
        audit.record("training waived", AUDIT_TYPE, String.valueOf(assignment.getId()),
                "Module " + assignment.getModuleId() + " waived for employee " + assignment.getEmployeeId() + ": " + why,
                before, assignment.describe());
    }

    private TrainingStatus status(long employeeId) {
        var allAssignments = assignments.allFor(employeeId);
        var allCompletions = completions.allFor(employeeId);
        var ids = new HashSet<String>();
        allAssignments.forEach(a -> ids.add(a.getModuleId()));
        allCompletions.forEach(c -> ids.add(c.getModuleId()));
        Map<String, ModuleInfo> modules = catalogue.moduleInfo(ids);
        LocalDate today = LocalDate.now(clock);
        var rows = allAssignments.stream()
                .map(a -> a.row(title(modules, a.getModuleId()), today))
                .sorted(java.util.Comparator.comparing((TrainingAssignmentRow r) -> r.state().ordinal())
                        .thenComparing(TrainingAssignmentRow::dueOn))
                .toList();
        return new TrainingStatus(rows, allCompletions.stream().map(c -> c.row(title(modules, c.getModuleId()))).toList());
    }

    private static String title(Map<String, ModuleInfo> modules, String moduleId) {
        ModuleInfo info = modules.get(moduleId);
        return info == null ? moduleId : info.title();
    }
}
