package org.continuityacademy.continuity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.ScopedToCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readiness, computed by the database: a role holder is ready when every module the role requires
 * has a current completion; a service is ready when each role it requires has a ready primary (and a
 * ready deputy where one is required), at risk when only the deputies fall short, not ready otherwise;
 * a service that requires no role at all has "no roles defined" (never ready: nobody is trained to recover it).
 * A person who is the only ready holder of a required role for two or more services is a single point
 * of competence.
 * <p>
 * The continuity manager and HR see every service; a manager sees the services their reporting line
 * holds roles for; API clients with the "reports" scope see every service. This is a read model: its
 * SQL reads the catalogue's {@code training_module_role} and the training records'
 * {@code training_completion} tables.
 */
@Service
public class Readiness {

    /** Every current role assignment with the number of required modules and of current completions among them. */
    private static final String HOLDER = """
            holder as (
              select ra.id, ra.employee_id, ra.role_key, ra.service_id, ra.position,
                     count(r.module_id) as required_modules,
                     coalesce(sum(case when exists (select 1 from training_completion c
                                                   where c.employee_id = ra.employee_id and c.module_id = r.module_id
                                                     and c.expires_at > :now) then 1 else 0 end), 0) as current_modules
              from role_assignment ra
              left join training_module_role r on r.role_key = ra.role_key
              where ra.ended_at is null %s
              group by ra.id, ra.employee_id, ra.role_key, ra.service_id, ra.position
            )""";

    /**
     * Whether each holder of a role for a service is ready: no module the role requires lacks a current completion.
     * All that a service's state depends on; organisation-wide roles are left out, and the first missing module ends a
     * holder's lookups (counting every module, as {@link #HOLDER} does for the matrix's cells, took twice as long).
     */
    private static final String SERVICE_HOLDERS = """
            holder as (
              select ra.service_id, ra.role_key, ra.position,
                     case when not exists (select 1 from training_module_role r where r.role_key = ra.role_key
                                           and not exists (select 1 from training_completion c
                                                           where c.employee_id = ra.employee_id and c.module_id = r.module_id
                                                             and c.expires_at > :now)) then 1 else 0 end as ready
              from role_assignment ra
              where ra.ended_at is null and ra.service_id is not null
            )""";

    /** The signed-in manager's reporting line (union, not union all: a cycle in the data cannot loop). */
    private static final String LINE = """
            line (id) as (
              select e.id from employee e where e.manager_id = :manager
              union
              select e.id from employee e join line l on e.manager_id = l.id
            )""";

    /**
     * Each service with its state and a rank to sort by (not ready first); the rank is the {@link ServiceState}'s
     * ordinal. A service that requires no role is not ready either: nobody is trained to recover it.
     */
    private static final String SERVICE_STATE = """
            slot as (
              select sr.service_id, sr.role_key, sr.deputy_required,
                     max(case when h.position = 'PRIMARY' and h.ready = 1 then 1 else 0 end) as primary_ready,
                     max(case when h.position = 'DEPUTY' and h.ready = 1 then 1 else 0 end) as deputy_ready
              from critical_service_role sr
              left join holder h on h.service_id = sr.service_id and h.role_key = sr.role_key
              group by sr.service_id, sr.role_key, sr.deputy_required
            ),
            state as (
              select cs.id, cs.name, cs.tier, cs.rto_minutes,
                     case when count(sl.role_key) = 0 then 1
                          when min(sl.primary_ready) = 0 then 0
                          when min(case when sl.deputy_required then sl.deputy_ready else 1 end) = 0 then 2
                          else 3 end as state_rank
              from critical_service cs
              left join slot sl on sl.service_id = cs.id
              group by cs.id, cs.name, cs.tier, cs.rto_minutes
            )""";

    /**
     * The services the manager's line holds roles for, and the line itself, as CTEs joined (not as a
     * correlated subquery: MariaDB does not re-run a recursive CTE reliably inside one).
     */
    private static final String SCOPED = """
            in_line as (select distinct id from line),
            scoped as (
              select distinct mine.service_id from role_assignment mine join in_line on in_line.id = mine.employee_id
              where mine.ended_at is null and mine.service_id is not null
            )""";

    private static final String IN_SCOPE = " join scoped on scoped.service_id = s.id";

    /** DATETIME columns hold UTC: "now" goes to the database as UTC text, whatever the JVM's time zone. */
    private static final DateTimeFormatter UTC_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final EmployeeDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    Readiness(JdbcClient jdbc, EmployeeDirectory directory, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of the readiness matrix, in the order asked for. */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("HR, the continuity manager and API clients with reports see every service; a manager those their line holds roles for")
    @Transactional(readOnly = true)
    public List<ServiceReadiness> services(ReadinessOrder order, boolean descending, int offset, int limit) {
        Scope scope = scope();
        String sql = with(scope, SERVICE_HOLDERS, SERVICE_STATE)
                + " select s.id, s.name, s.tier, s.rto_minutes, s.state_rank from state s"
                + (scope.all() ? "" : IN_SCOPE)
                + "\n order by " + order.orderBy(descending) + " limit :limit offset :offset";
        var spec = params(jdbc.sql(sql), scope).param("limit", limit).param("offset", offset);
        var rows = spec.query((rs, n) -> new ServiceRow(rs.getLong("id"), rs.getString("name"), rs.getInt("tier"),
                rs.getInt("rto_minutes"), ServiceState.values()[rs.getInt("state_rank")])).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ServiceReadiness.RoleSlot>> slots = slots(rows.stream().map(ServiceRow::id).toList());
        return rows.stream().map(r -> new ServiceReadiness(r.id(), r.name(), r.tier(), r.rtoMinutes(), r.state(),
                slots.getOrDefault(r.id(), List.of()))).toList();
    }

    /** One service's row of the matrix; empty when it does not exist or is outside a manager's line. */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("HR, the continuity manager and API clients with reports see every service; a manager those their line holds roles for")
    @Transactional(readOnly = true)
    public java.util.Optional<ServiceReadiness> service(long serviceId) {
        Scope scope = scope();
        String sql = with(scope, SERVICE_HOLDERS, SERVICE_STATE)
                + " select s.id, s.name, s.tier, s.rto_minutes, s.state_rank from state s"
                + (scope.all() ? "" : IN_SCOPE) + "\n where s.id = :id";
        var row = params(jdbc.sql(sql), scope).param("id", serviceId)
                .query((rs, n) -> new ServiceRow(rs.getLong("id"), rs.getString("name"), rs.getInt("tier"),
                        rs.getInt("rto_minutes"), ServiceState.values()[rs.getInt("state_rank")])).optional();
        return row.map(r -> new ServiceReadiness(r.id(), r.name(), r.tier(), r.rtoMinutes(), r.state(),
                slots(List.of(r.id())).getOrDefault(r.id(), List.of())));
    }

    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("HR, the continuity manager and API clients with reports see every service; a manager those their line holds roles for")
    @Transactional(readOnly = true)
    public int countServices() {
        Scope scope = scope();
        if (scope.all()) {
            return jdbc.sql("select count(*) from critical_service").query(Integer.class).single();
        }
        String sql = with(scope) + " select count(*) from critical_service s" + IN_SCOPE;
        return params(jdbc.sql(sql), scope).query(Integer.class).single();
    }

    /** How many services (in scope) are in each state. */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("HR, the continuity manager and API clients with reports see every service; a manager those their line holds roles for")
    @Transactional(readOnly = true)
    public Map<ServiceState, Integer> stateCounts() {
        Scope scope = scope();
        String sql = with(scope, SERVICE_HOLDERS, SERVICE_STATE)
                + " select s.state_rank, count(*) as n from state s" + (scope.all() ? "" : IN_SCOPE) + "\n group by s.state_rank";
        Map<ServiceState, Integer> counts = new EnumMap<>(ServiceState.class);
        for (ServiceState state : ServiceState.values()) {
            counts.put(state, 0);
        }
        params(jdbc.sql(sql), scope).query((rs, n) -> counts.put(ServiceState.values()[rs.getInt("state_rank")], rs.getInt("n"))).list();
        return counts;
    }

    /** The holders of each role the services require, primary first. */
    private Map<Long, List<ServiceReadiness.RoleSlot>> slots(List<Long> serviceIds) {
        String sql = "with " + HOLDER.formatted("and ra.service_id in (:services)") + """
                 select sr.service_id, sr.role_key, sr.deputy_required, h.id, h.employee_id, h.position,
                        h.required_modules, h.current_modules
                 from critical_service_role sr
                 left join holder h on h.service_id = sr.service_id and h.role_key = sr.role_key
                 where sr.service_id in (:services)
                 order by sr.service_id, sr.role_key, h.position desc, h.id
                """;
        record Line(long serviceId, String roleKey, boolean deputyRequired, @Nullable HolderReadiness holder) {
        }
        var lines = jdbc.sql(sql).param("now", now()).param("services", serviceIds)
                .query((rs, n) -> new Line(rs.getLong("service_id"), rs.getString("role_key"), rs.getBoolean("deputy_required"),
                        rs.getObject("id") == null ? null : holder(rs, null))).list();
        Map<Long, String> names = directory.names(lines.stream().filter(l -> l.holder() != null)
                .map(l -> l.holder().employeeId()).collect(Collectors.toSet()));
        Map<Long, Map<String, List<Line>>> grouped = new LinkedHashMap<>();
        lines.forEach(l -> grouped.computeIfAbsent(l.serviceId(), k -> new LinkedHashMap<>())
                .computeIfAbsent(l.roleKey(), k -> new ArrayList<>()).add(l));
        Map<Long, List<ServiceReadiness.RoleSlot>> result = new LinkedHashMap<>();
        grouped.forEach((service, byRole) -> result.put(service, byRole.values().stream().map(list -> {
            var holders = list.stream().map(Line::holder).filter(java.util.Objects::nonNull)
                    .map(h -> named(h, names.get(h.employeeId()))).toList();
            return new ServiceReadiness.RoleSlot(list.getFirst().roleKey(), list.getFirst().deputyRequired(),
                    holders.stream().filter(h -> h.position() == Position.PRIMARY).toList(),
                    holders.stream().filter(h -> h.position() == Position.DEPUTY).toList());
        }).toList()));
        return result;
    }

    /** People who are the only ready holder of a required role for two or more services (in scope). */
    @PreAuthorize(Access.REPORT_READERS)
    @ScopedToCaller("everyone for HR, the continuity manager and API clients with reports; a manager's own line")
    @Transactional(readOnly = true)
    public List<SinglePointOfCompetence> singlePointsOfCompetence() {
        Scope scope = scope();
        // the counting HOLDER, not the lean SERVICE_HOLDERS: with that CTE here MariaDB 10.11 returned nobody (11.4 was right)
        String sql = with(scope, HOLDER.formatted("and ra.service_id is not null"), """
                sole as (
                  select h.service_id, min(h.employee_id) as employee_id
                  from holder h
                  join critical_service_role sr on sr.service_id = h.service_id and sr.role_key = h.role_key
                  where h.current_modules >= h.required_modules
                  group by h.service_id, h.role_key
                  having count(distinct h.employee_id) = 1
                )""") + """
                 select distinct so.employee_id, cs.name
                 from sole so join critical_service cs on cs.id = so.service_id
                 where so.employee_id in (select employee_id from sole group by employee_id
                                          having count(distinct service_id) >= 2)
                """ + (scope.all() ? "" : " and so.employee_id in (select id from in_line)") + "\n order by so.employee_id, cs.name";
        Map<Long, List<String>> services = new LinkedHashMap<>();
        params(jdbc.sql(sql), scope).query((rs, n) -> services.computeIfAbsent(rs.getLong("employee_id"), k -> new ArrayList<>())
                .add(rs.getString("name"))).list();
        Map<Long, String> names = directory.names(services.keySet());
        return services.entrySet().stream()
                .map(e -> new SinglePointOfCompetence(e.getKey(), names.getOrDefault(e.getKey(), "?"), List.copyOf(e.getValue())))
                .sorted(java.util.Comparator.comparing((SinglePointOfCompetence p) -> -p.services().size())
                        .thenComparing(SinglePointOfCompetence::employeeName))
                .toList();
    }

    /**
     * The readiness of each current role of the people asked for: directory staff see anyone, a
     * manager their own reporting line (others are left out).
     */
    @PreAuthorize(Access.DIRECTORY_STAFF_OR_MANAGER)
    @ScopedToCaller("directory staff read anyone's; a manager only their reporting line's (others are left out)")
    @Transactional(readOnly = true)
    public Map<Long, List<HolderReadiness>> ofPeople(Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        AppUserPrincipal me = currentUser.require();
        Scope scope = me.isDirectoryStaff() ? Scope.everyone() : Scope.lineOf(me.employeeId());
        return holders(scope, Set.copyOf(employeeIds));
    }

    /** The signed-in person's own roles and how far they are trained for each. */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in person's own roles")
    @Transactional(readOnly = true)
    public List<HolderReadiness> mine() {
        Long me = currentUser.require().employeeId();
        return me == null ? List.of() : holders(Scope.everyone(), Set.of(me)).getOrDefault(me, List.of());
    }

    private Map<Long, List<HolderReadiness>> holders(Scope scope, Set<Long> employeeIds) {
        String sql = with(scope, HOLDER.formatted("and ra.employee_id in (:people)"))
                + " select h.* from holder h" + (scope.all() ? "" : " join in_line on in_line.id = h.employee_id")
                + " order by h.employee_id, h.service_id is not null, h.role_key, h.position desc";
        Map<Long, List<HolderReadiness>> result = new LinkedHashMap<>();
        params(jdbc.sql(sql), scope).param("people", employeeIds)
                .query((rs, n) -> holder(rs, null)).list()
                .forEach(h -> result.computeIfAbsent(h.employeeId(), k -> new ArrayList<>()).add(h));
        return result;
    }

    /**
     * The continuity manager and HR see everyone, a manager their reporting line; an API client (a token,
     * not a person) with the "reports" scope reads for the whole organisation.
     */
    private Scope scope() {
        var me = currentUser.get();
        if (me.isEmpty()) {
            if (currentUser.hasAuthority(Access.SCOPE_REPORTS)) {
                return Scope.everyone();
            }
            throw new org.springframework.security.access.AccessDeniedException("Nobody is signed in");
        }
        return me.get().hasRole(org.continuityacademy.security.AppRole.CONTINUITY_MANAGER)
                || me.get().hasRole(org.continuityacademy.security.AppRole.HR) ? Scope.everyone() : Scope.lineOf(me.get().employeeId());
    }

    private String with(Scope scope, String... ctes) {
        var all = new ArrayList<String>();
        if (!scope.all()) {
            all.add(LINE);
            all.add(SCOPED);
        }
        all.addAll(List.of(ctes));
        return (scope.all() ? "with " : "with recursive ") + String.join(",\n", all) + "\n";
    }

    private JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Scope scope) {
        spec = spec.param("now", now());
        return scope.all() ? spec : spec.param("manager", scope.managerId() == null ? -1L : scope.managerId());
    }

    /** A completion is current while it expires after this instant: the application clock's now. */
    private String now() {
        return UTC_DATETIME.format(clock.instant());
    }

    private static HolderReadiness holder(ResultSet rs, @Nullable String name) throws SQLException {
        Number service = (Number) rs.getObject("service_id");
        return new HolderReadiness(rs.getLong("id"), rs.getLong("employee_id"), name, rs.getString("role_key"),
                service == null ? null : service.longValue(), Position.valueOf(rs.getString("position")),
                rs.getInt("required_modules"), rs.getInt("current_modules"));
    }

    private static HolderReadiness named(HolderReadiness h, @Nullable String name) {
        return new HolderReadiness(h.assignmentId(), h.employeeId(), name, h.roleKey(), h.serviceId(), h.position(),
                h.requiredModules(), h.currentModules());
    }

    private record ServiceRow(long id, String name, int tier, int rtoMinutes, ServiceState state) {
    }

    /** Everyone, or one manager's reporting line. */
    private record Scope(boolean all, @Nullable Long managerId) {

        static Scope everyone() {
            return new Scope(true, null);
        }

        static Scope lineOf(@Nullable Long managerId) {
            return new Scope(false, managerId);
        }
    }
}
