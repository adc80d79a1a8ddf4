package org.continuityacademy.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.continuity.Readiness;
import org.continuityacademy.notifications.NotificationKind;
import org.continuityacademy.notifications.Notifications;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.AppRole;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.ScopedToCaller;
import org.continuityacademy.security.NotPersonal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage, computed by the database: of the person × module pairs that continuity roles require
 * (every active employee holds "all staff"; the other roles through their current role assignments),
 * the share with a completion that has not expired. One pair counts once however many roles require it;
 * by role, a pair counts for each role that requires it.
 * <p>
 * HR and the continuity manager see the whole organisation, a manager their reporting line, an API
 * client with the "reports" scope the whole organisation. Every method takes the same
 * {@link CoverageFilter}, so a figure and the people behind it always agree.
 * <p>
 * "Now" and "today" come from the application's clock: today is the organisation's day, and an assignment
 * due on a day is overdue from midnight at its end in the organisation's time zone.
 */
@Service
public class Coverage {

    /** How far ahead a current completion counts as expiring. */
    public static final int EXPIRING_DAYS = 30;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Readiness readiness;
    private final Catalogue catalogue;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    Coverage(JdbcClient jdbc, CurrentUser currentUser, Readiness readiness, Catalogue catalogue,
             Notifications notifications, AuditTrail audit, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.readiness = readiness;
        this.catalogue = catalogue;
        this.notifications = notifications;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Coverage, overdue assignments and service readiness at a glance (services follow the scope, not the filter). */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional(readOnly = true)
    public Headline headline(CoverageFilter filter) {
        Scope scope = scope();
        return new Headline(total(scope, filter, clock.instant()), countOverdue(scope, filter), readiness.stateCounts());
    }

    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional(readOnly = true)
    public CoverageCount total(CoverageFilter filter) {
        return total(scope(), filter, clock.instant());
    }

    /** Coverage per department (people without one under "No department"), largest gap first. */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional(readOnly = true)
    public List<CoverageSlice> byDepartment(CoverageFilter filter) {
        Scope scope = scope();
        Instant now = clock.instant();
        String sql = CoverageSql.with(scope, filter) + """
                 select coalesce(d.id, 0) as slice, d.name as label,
                """ + CoverageSql.COUNTS + """
                 from pair p left join department d on d.id = p.department_id
                 group by coalesce(d.id, 0), d.name
                """;
        String none = messages.get("coverage.no-department");
        return slices(sql, scope, filter, now, name -> name == null ? none : name);
    }

    /** Coverage per continuity role, in the catalogue's order of roles. */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional(readOnly = true)
    public List<CoverageSlice> byRole(CoverageFilter filter) {
        Scope scope = scope();
        Instant now = clock.instant();
        String sql = CoverageSql.with(scope, filter) + """
                 select p.role_key as slice, p.role_key as label,
                """ + CoverageSql.COUNTS + """
                 from role_pair p group by p.role_key
                """;
        List<RoleDefinition> roles = catalogue.roles();
        Map<String, String> names = roles.stream().collect(Collectors.toMap(RoleDefinition::key, RoleDefinition::name, (a, b) -> a));
        List<String> order = roles.stream().map(RoleDefinition::key).toList();
        var slices = new ArrayList<>(slices(sql, scope, filter, now, key -> names.getOrDefault(key, key)));
        slices.sort(java.util.Comparator.comparingInt(s -> order.indexOf(s.key()) < 0 ? Integer.MAX_VALUE : order.indexOf(s.key())));
        return slices;
    }

    /** Coverage per module. */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional(readOnly = true)
    public List<CoverageSlice> byModule(CoverageFilter filter) {
        Scope scope = scope();
        Instant now = clock.instant();
        String sql = CoverageSql.with(scope, filter) + """
                 select p.module_id as slice, v.title as label,
                """ + CoverageSql.COUNTS + """
                 from pair p join training_module m on m.module_id = p.module_id
                 join training_module_version v on v.id = m.current_version_id
                 group by p.module_id, v.title order by v.title
                """;
        return slices(sql, scope, filter, now, Function.identity());
    }

    /** The people behind a coverage figure: one row per person and required module, in the filter's scope. */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional(readOnly = true)
    public List<PairRow> people(CoverageFilter filter, Set<PairStatus> statuses, int offset, int limit) {
        Scope scope = scope();
        Instant now = clock.instant();
        String sql = CoverageSql.with(scope, filter) + """
                 select p.employee_id, e.first_name, e.last_name, e.employee_number, d.name as department, e.location,
                        p.module_id, v.title, p.best,
                        (select max(c.completed_at) from training_completion c
                         where c.employee_id = p.employee_id and c.module_id = p.module_id and c.completed_at <= :at) as last_completed,
                """ + " " + CoverageSql.STATUS_RANK + """
                  as status_rank
                 from pair p join employee e on e.id = p.employee_id
                 left join department d on d.id = e.department_id
                 join training_module m on m.module_id = p.module_id
                 join training_module_version v on v.id = m.current_version_id
                """ + " where " + CoverageSql.STATUS_RANK + " in (:statuses)"
                + " order by status_rank, e.last_name, e.first_name, p.employee_id, v.title limit :limit offset :offset";
        return params(sql, scope, filter, now).param("statuses", ranks(statuses))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new PairRow(rs.getLong("employee_id"), rs.getString("first_name") + " " + rs.getString("last_name"),
                        rs.getString("employee_number"), rs.getString("department"), rs.getString("location"),
                        rs.getString("module_id"), rs.getString("title"), PairStatus.values()[rs.getInt("status_rank")],
                        instant(rs, "last_completed"), instant(rs, "best")))
                .list();
    }

    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional(readOnly = true)
    public long countPeople(CoverageFilter filter, Set<PairStatus> statuses) {
        Scope scope = scope();
        String sql = CoverageSql.with(scope, filter) + " select count(*) from pair p where " + CoverageSql.STATUS_RANK + " in (:statuses)";
        return params(sql, scope, filter, clock.instant()).param("statuses", ranks(statuses))
                .query(Long.class).single();
    }

    /** Open assignments past their due date, latest due first is least late: most overdue first. */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional(readOnly = true)
    public List<OverdueRow> overdue(CoverageFilter filter, int offset, int limit) {
        Scope scope = scope();
        LocalDate today = LocalDate.now(clock);
        String sql = CoverageSql.overdue(scope, filter, """
                 select a.id, a.employee_id, e.first_name, e.last_name, d.name as department, a.module_id, v.title,
                        a.due_on, a.reason, mg.first_name as manager_first, mg.last_name as manager_last
                """, """
                 left join department d on d.id = e.department_id
                 left join employee mg on mg.id = e.manager_id
                 join training_module m on m.module_id = a.module_id
                 join training_module_version v on v.id = m.current_version_id
                """) + " order by a.due_on, e.last_name, e.first_name, a.id limit :limit offset :offset";
        return params(sql, scope, filter, clock.instant()).param("today", today)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    String manager = rs.getString("manager_first") == null ? null
                            : rs.getString("manager_first") + " " + rs.getString("manager_last");
                    return new OverdueRow(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("first_name") + " " + rs.getString("last_name"),
                            rs.getString("department"), rs.getString("module_id"), rs.getString("title"), due,
                            ChronoUnit.DAYS.between(due, today), rs.getString("reason"), manager);
                }).list();
    }

    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional(readOnly = true)
    public long countOverdue(CoverageFilter filter) {
        return countOverdue(scope(), filter);
    }

    /**
     * Sends each chosen overdue assignment's holder a reminder now (in the bell and by e-mail). One a day
     * per assignment: a second click the same day sends nothing again. Assignments outside the caller's
     * scope, closed or not yet due are left out.
     *
     * @return how many reminders were sent
     */
    @PreAuthorize("hasAnyRole('CONTINUITY_MANAGER','HR','MANAGER')")
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional
    public int remindNow(Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return 0;
        }
        Scope scope = scope();
        LocalDate today = LocalDate.now(clock);
        String sql = CoverageSql.overdue(scope, CoverageFilter.none(), """
                 select a.id, a.employee_id, a.module_id, a.due_on, e.email, e.first_name, v.title
                """, """
                 join training_module m on m.module_id = a.module_id
                 join training_module_version v on v.id = m.current_version_id
                """) + " and a.id in (:ids)";
        record Due(long id, long employeeId, String moduleId, LocalDate dueOn, String email, String firstName, String title) {
        }
        var due = params(sql, scope, CoverageFilter.none(), clock.instant())
                .param("today", today).param("ids", Set.copyOf(assignmentIds))
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("module_id"),
                        rs.getObject("due_on", LocalDate.class), rs.getString("email"), rs.getString("first_name"), rs.getString("title")))
                .list();
        int sent = 0;
        // the holder reads it in the organisation's language (one argument to change for a language per person)
        Locale locale = messages.organisationLocale();
        var formats = messages.formats(locale);
        String from = currentUser.get().map(AppUserPrincipal::displayName).orElseGet(() -> messages.get(locale, "app.name"));
        for (Due d : due) {
            long late = ChronoUnit.DAYS.between(d.dueOn(), today);
            boolean written = notifications.notify(d.employeeId(), d.email(), NotificationKind.REMINDER, "assignment:" + d.id(),
                    messages.get(locale, "coverage.reminder.subject", d.title()),
                    messages.get(locale, "coverage.reminder.body", d.firstName(), from, d.title(), formats.date(d.dueOn()), late),
                    "learn/" + d.moduleId());
            if (written) {
                sent++;
            }
        }
        if (sent > 0) {
            audit.record("reminders sent", "TrainingAssignment", due.size() == 1 ? String.valueOf(due.getFirst().id()) : "several",
                    "Sent " + sent + " reminder" + (sent == 1 ? "" : "s") + " about overdue training now", null,
                    due.stream().map(d -> String.valueOf(d.id())).collect(Collectors.joining(",")));
        }
        return sent;
    }

    /**
     * The stored daily snapshots between two days. A department, role or module filter picks that
     * dimension's snapshots (the first set, in that order); a manager sees their line's.
     */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional(readOnly = true)
    public List<CoveragePoint> history(CoverageFilter filter, LocalDate from, LocalDate to) {
        Scope scope = scope();
        String[] dimension = CoverageSnapshots.dimensionFor(scope.all() ? null : scope.managerId(), filter);
        return jdbc.sql("""
                        select snapshot_day, required_pairs, current_pairs from coverage_snapshot
                        where dimension = :dimension and dimension_key = :key and snapshot_day between :from and :to
                        order by snapshot_day
                        """).param("dimension", dimension[0]).param("key", dimension[1])
                .param("from", from).param("to", to)
                .query((rs, n) -> new CoveragePoint(rs.getObject("snapshot_day", LocalDate.class), rs.getLong("required_pairs"),
                        rs.getLong("current_pairs"))).list();
    }

    /** Whether the trend can follow the filter: only one of department, role or module, and nothing else. */
    @PreAuthorize(Access.REPORT_READERS)
    @NotPersonal("whether the trend can follow a filter: a rule about filters, no data")
    public boolean historyFollows(CoverageFilter filter) {
        return CoverageSnapshots.historyFollows(filter);
    }

    /** Departments, locations, campaigns to filter by (a manager: those of their line). */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional(readOnly = true)
    public List<Option> departments() {
        Scope scope = scope();
        String sql = scope.all() ? "select id, name from department order by name"
                : CoverageSql.lineOnly() + " select distinct d.id, d.name from department d join employee e on e.department_id = d.id"
                + " join in_line il on il.id = e.id order by d.name";
        return params(sql, scope, CoverageFilter.none(), clock.instant())
                .query((rs, n) -> new Option(String.valueOf(rs.getLong("id")), rs.getString("name"))).list();
    }

    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line (scope())")
    @Transactional(readOnly = true)
    public List<String> locations() {
        Scope scope = scope();
        String sql = scope.all() ? "select distinct location from employee where active = true and location is not null order by location"
                : CoverageSql.lineOnly() + " select distinct e.location from employee e join in_line il on il.id = e.id"
                + " where e.active = true and e.location is not null order by e.location";
        return params(sql, scope, CoverageFilter.none(), clock.instant()).query(String.class).list();
    }

    @PreAuthorize(Access.REPORT_READERS)
    @NotPersonal("names of the campaigns that have run: no one's personal data")
    @Transactional(readOnly = true)
    public List<Option> campaigns() {
        return jdbc.sql("select id, name from campaign where state <> 'DRAFT' order by name")
                .query((rs, n) -> new Option(String.valueOf(rs.getLong("id")), rs.getString("name"))).list();
    }

    /** Whether the caller sees the whole organisation (false: a manager's reporting line). */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("says whether the caller's own scope is the whole organisation")
    public boolean wholeOrganisation() {
        return scope().all();
    }

    CoverageCount total(Scope scope, CoverageFilter filter, Instant at) {
        String sql = CoverageSql.with(scope, filter) + " select " + CoverageSql.COUNTS + " from pair p";
        return params(sql, scope, filter, at).query((rs, n) -> count(rs)).single();
    }

    private long countOverdue(Scope scope, CoverageFilter filter) {
        String sql = CoverageSql.overdue(scope, filter, " select count(*)", "");
        // due on D: overdue from the end of D in the organisation's zone, i.e. once today is after D
        return params(sql, scope, filter, clock.instant()).param("today", LocalDate.now(clock)).query(Long.class).single();
    }

    private JdbcClient.StatementSpec params(String sql, Scope scope, CoverageFilter filter, Instant at) {
        return CoverageSql.params(jdbc.sql(sql), scope, filter, at, clock.getZone());
    }

    private List<CoverageSlice> slices(String sql, Scope scope, CoverageFilter filter, Instant at,
                                       Function<@Nullable String, String> label) {
        return params(sql, scope, filter, at)
                .query((rs, n) -> new CoverageSlice(rs.getString("slice"), label.apply(rs.getString("label")), count(rs)))
                .list();
    }

    static CoverageCount count(ResultSet rs) throws SQLException {
        return new CoverageCount(rs.getLong("required_pairs"), rs.getLong("current_pairs"), rs.getLong("expiring_pairs"));
    }

    private static List<Integer> ranks(Set<PairStatus> statuses) {
        return statuses.isEmpty() ? List.of(0, 1, 2, 3) : statuses.stream().map(Enum::ordinal).toList();
    }

    /** The columns hold UTC, whatever the JVM's time zone. */
    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column, Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC)));
        return t == null ? null : t.toInstant();
    }

    /** The caller's scope: HR and the continuity manager (and API clients) see everyone, a manager their line. */
    Scope scope() {
        var me = currentUser.get();
        if (me.isPresent()) {
            AppUserPrincipal person = me.get();
            if (person.hasRole(AppRole.CONTINUITY_MANAGER) || person.hasRole(AppRole.HR)) {
                return Scope.everyone();
            }
            if (person.hasRole(AppRole.MANAGER)) {
                return Scope.lineOf(person.employeeId() == null ? -1L : person.employeeId());
            }
            throw new AccessDeniedException("Coverage figures are for HR, the continuity manager and managers");
        }
        if (currentUser.hasAuthority(Access.SCOPE_REPORTS)) {
            return Scope.everyone();
        }
        throw new AccessDeniedException("Nobody is signed in");
    }

    /** Everyone, or one manager's reporting line. */
    record Scope(boolean all, @Nullable Long managerId) {

        static Scope everyone() {
            return new Scope(true, null);
        }

        static Scope lineOf(long managerId) {
            return new Scope(false, managerId);
        }
    }

    static Instant soon(Instant at) {
        return at.plus(EXPIRING_DAYS, ChronoUnit.DAYS);
    }
}
