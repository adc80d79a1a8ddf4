package org.continuityacademy.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.BiConsumer;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.continuity.ServiceState;
import org.continuityacademy.evidence.EvidenceContent.CampaignRun;
import org.continuityacademy.evidence.EvidenceContent.Coverage;
import org.continuityacademy.evidence.EvidenceContent.GapRow;
import org.continuityacademy.evidence.EvidenceContent.Holder;
import org.continuityacademy.evidence.EvidenceContent.RoleCompetence;
import org.continuityacademy.evidence.EvidenceContent.ServiceAtDate;
import org.continuityacademy.evidence.EvidenceContent.Slice;
import org.continuityacademy.evidence.EvidenceContent.Slot;
import org.continuityacademy.evidence.EvidenceContent.Standing;
import org.continuityacademy.evidence.EvidenceContent.TrainingLine;
import org.continuityacademy.evidence.EvidenceContent.VersionInForce;
import org.continuityacademy.evidence.ValidityGaps.Days;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what an evidence pack states from the records, as at the end of a date D in the organisation's time
 * zone (midnight there, {@link org.continuityacademy.base.time.Days#endOf}): role assignments by their
 * "valid from" day and the time they were ended, completions by when they were passed and when they expire,
 * module versions by when they were published. DATETIME columns are compared with instants (as the UTC text
 * they hold), never with a date, which the database would read as midnight UTC; the day an instant falls on is
 * worked out here, in the organisation's zone, not with the database's {@code cast(… as date)}. Nothing here
 * reads today's state where the records know the past; where they do not (which modules a role requires, which
 * roles a service requires, service names and tiers) the pack says it uses today's catalogue and register.
 * <p>
 * A read model like {@code continuity.Readiness}: its SQL reads other modules' tables. All queries run in
 * one repeatable-read transaction, so the sections agree with each other even while people keep working.
 */
@Component
class EvidenceQueries {

    /** A role assignment held at the end of :asOf (:next is the instant that day ends). */
    private static final String HELD_AT_D = " ra.valid_from <= :asOf and (ra.ended_at is null or ra.ended_at >= :next) ";

    /**
     * A role assignment held on at least one day of [:from, :asOf]: one ended on day E was held up to E, not
     * including it, so it counts when E is after :from, that is when it ended at or after the end of :from.
     */
    private static final String HELD_IN_PERIOD =
            " ra.valid_from <= :asOf and (ra.ended_at is null or ra.ended_at >= :fromEnd) ";

    /** Employed at the end of :asOf: hired by then, and not gone (a leaver without a leaving date counts as gone). */
    private static final String EMPLOYED_AT_D = """
             (e.hire_date is null or e.hire_date <= :asOf)
             and (case when e.leaving_date is null then e.active else e.leaving_date > :asOf end)
            """;

    /** A completion of module r.module_id by the person, current at the end of :asOf. */
    private static final String CURRENT_AT_D = """
             exists (select 1 from training_completion c where c.employee_id = %s and c.module_id = %s
                            and c.completed_at < :next and c.expires_at >= :next)
            """;

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Clock clock;

    EvidenceQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The instant day {@code day} ends in the organisation's zone, as the UTC text a DATETIME column holds. */
    private String endOf(LocalDate day) {
        return UTC_TEXT.format(org.continuityacademy.base.time.Days.endOf(day, clock));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /**
     * Everything the pack states. {@code roleCatalogue} gives role names and descriptions (the catalogue
     * keeps them in memory, not in the database); {@code progress} hears how far it has come (a percentage and the
     * bundle key of the step).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public EvidenceContent collect(String organisation, LocalDate asOf, LocalDate from, String requestedBy, Instant now,
                                   List<RoleDefinition> roleCatalogue, BiConsumer<Integer, String> progress) {
        var names = new LinkedHashMap<String, RoleDefinition>();
        roleCatalogue.forEach(r -> names.put(r.key(), r));
        progress.accept(5, "evidence.progress.catalogue");
        Map<String, List<String>> modulesByRole = modulesByRole();
        List<RoleCompetence> roles = roles(roleCatalogue, modulesByRole);
        List<VersionInForce> versions = versions(asOf, modulesByRole, names);

        progress.accept(20, "evidence.progress.holders");
        List<Holder> holders = holders(asOf, names);
        int allStaff = jdbc.sql("select count(*) from employee e where " + EMPLOYED_AT_D).param("asOf", asOf)
                .query(Integer.class).single();

        progress.accept(40, "evidence.progress.coverage");
        Coverage coverage = coverage(asOf, names);
        List<ServiceAtDate> services = services(asOf, holders, names);

        progress.accept(55, "evidence.progress.gaps");
        List<GapRow> gaps = gaps(asOf, from, names);

        progress.accept(65, "evidence.progress.campaigns");
        List<CampaignRun> runs = campaignRuns(asOf, from);
        String generatedBy = jdbc.sql("select display_name from account where username = ?").param(requestedBy)
                .query(String.class).optional().map(n -> n + " (" + requestedBy + ")").orElse(requestedBy);
        return new EvidenceContent(organisation, asOf, from, generatedBy, now, roles, versions, holders, allStaff, coverage,
                services, gaps, runs);
    }

    private Map<String, List<String>> modulesByRole() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        jdbc.sql("select role_key, module_id from training_module_role order by role_key, module_id")
                .query((rs, n) -> result.computeIfAbsent(rs.getString("role_key"), k -> new ArrayList<>()).add(rs.getString("module_id")))
                .list();
        return result;
    }

    /** The catalogue's roles in its own order, then any role key the requirements name that the catalogue lacks. */
    private static List<RoleCompetence> roles(List<RoleDefinition> catalogue, Map<String, List<String>> modulesByRole) {
        var roles = new ArrayList<RoleCompetence>();
        catalogue.forEach(r -> roles.add(new RoleCompetence(r.key(), r.name(), r.description(), r.perService(), r.deputyExpected(),
                modulesByRole.getOrDefault(r.key(), List.of()))));
        modulesByRole.forEach((key, modules) -> {
            if (catalogue.stream().noneMatch(r -> r.key().equals(key))) {
                roles.add(new RoleCompetence(key, key, null, false, false, modules));
            }
        });
        return roles;
    }

    private List<VersionInForce> versions(LocalDate asOf, Map<String, List<String>> modulesByRole, Map<String, RoleDefinition> roles) {
        Map<String, List<String>> rolesByModule = new HashMap<>();
        modulesByRole.forEach((role, modules) -> modules.forEach(m -> rolesByModule.computeIfAbsent(m, k -> new ArrayList<>())
                .add(roleName(role, roles))));
        return jdbc.sql("""
                        select v.module_id, v.title, v.version, v.loaded_at, coalesce(m.retired, false) as retired
                        from (select tv.id, tv.module_id, tv.title, tv.version, tv.loaded_at,
                                     row_number() over (partition by tv.module_id order by tv.loaded_at desc, tv.id desc) as n
                              from training_module_version tv where tv.loaded_at < :next) v
                        left join training_module m on m.module_id = v.module_id
                        where v.n = 1
                        order by v.module_id
                        """).param("next", endOf(asOf))
                .query((rs, n) -> new VersionInForce(rs.getString("module_id"), rs.getString("title"), rs.getString("version"),
                        instant(rs, "loaded_at"), rs.getBoolean("retired"),
                        rolesByModule.getOrDefault(rs.getString("module_id"), List.of())))
                .list();
    }

    /**
     * Every role held at D (all staff aside: everyone holds it) with, per required module, the latest
     * completion passed on or before D, preferring one still current at D.
     */
    private List<Holder> holders(LocalDate asOf, Map<String, RoleDefinition> roles) {
        String sql = """
                with holder as (
                  select ra.id, ra.employee_id, ra.role_key, ra.service_id, ra.position, ra.valid_from
                  from role_assignment ra
                  where ra.role_key <> :allStaff and""" + HELD_AT_D + """
                ),
                ranked as (
                  select c.employee_id, c.module_id, c.module_version, c.score, c.completed_at, c.expires_at,
                         row_number() over (partition by c.employee_id, c.module_id
                                            order by (c.expires_at >= :next) desc, c.completed_at desc, c.id desc) as n
                  from training_completion c
                  where c.completed_at < :next and c.employee_id in (select employee_id from holder)
                )
                select h.id, h.employee_id, h.role_key, h.service_id, h.position, h.valid_from,
                       e.first_name, e.last_name, e.employee_number, d.name as department, cs.name as service_name,
                       r.module_id, k.module_version, k.score, k.completed_at, k.expires_at,
                       case when r.module_id is null then null
                            when k.employee_id is null then 'NEVER'
                            when k.expires_at >= :next then 'CURRENT' else 'EXPIRED' end as standing
                from holder h
                join employee e on e.id = h.employee_id
                left join department d on d.id = e.department_id
                left join critical_service cs on cs.id = h.service_id
                left join training_module_role r on r.role_key = h.role_key
                left join ranked k on k.employee_id = h.employee_id and k.module_id = r.module_id and k.n = 1
                order by h.role_key, cs.name, h.position desc, e.last_name, e.first_name, h.id, r.module_id
                """;
        Map<Long, Holder> holders = new LinkedHashMap<>();
        Map<Long, List<TrainingLine>> lines = new HashMap<>();
        jdbc.sql(sql).param("asOf", asOf).param("next", endOf(asOf)).param("allStaff", RoleDefinition.ALL_STAFF)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    var training = lines.computeIfAbsent(id, k -> new ArrayList<>());
                    holders.computeIfAbsent(id, k -> {
                        try {
                            String roleKey = rs.getString("role_key");
                            return new Holder(id, roleKey, roleName(roleKey, roles), nullableLong(rs, "service_id"),
                                    rs.getString("service_name"), Position.valueOf(rs.getString("position")),
                                    rs.getLong("employee_id"), rs.getString("first_name") + " " + rs.getString("last_name"),
                                    rs.getString("employee_number"), rs.getString("department"),
                                    rs.getObject("valid_from", LocalDate.class), training);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (rs.getString("module_id") != null) {
                        training.add(new TrainingLine(rs.getString("module_id"), rs.getString("module_version"),
                                nullableInt(rs, "score"), instantOrNull(rs, "completed_at"), instantOrNull(rs, "expires_at"),
                                Standing.valueOf(rs.getString("standing"))));
                    }
                    return id;
                }).list();
        // the training lists were filled while reading: hand out fixed copies
        return holders.values().stream().map(h -> new Holder(h.assignmentId(), h.roleKey(), h.roleName(), h.serviceId(),
                h.serviceName(), h.position(), h.employeeId(), h.personName(), h.employeeNumber(), h.department(), h.validFrom(),
                List.copyOf(h.training()))).toList();
    }

    /**
     * Required (person, module) pairs at D: each role's modules for its holders, and the all-staff modules
     * for everyone employed at D. A pair is current when a completion passed on or before D expires after it.
     */
    private Coverage coverage(LocalDate asOf, Map<String, RoleDefinition> roles) {
        String judged = """
                with pair as (
                  select ra.role_key, ra.employee_id, r.module_id
                  from role_assignment ra join training_module_role r on r.role_key = ra.role_key
                  where ra.role_key <> :allStaff and""" + HELD_AT_D + """
                  union
                  select r.role_key, e.id, r.module_id
                  from employee e join training_module_role r on r.role_key = :allStaff
                  where""" + EMPLOYED_AT_D + """
                ),
                judged as (
                  select p.role_key, p.employee_id, p.module_id,
                         case when""" + CURRENT_AT_D.formatted("p.employee_id", "p.module_id") + """
                         then 1 else 0 end as is_current
                  from pair p
                )
                """;
        var byRoleAndModule = jdbc.sql(judged + """
                        select role_key, module_id, count(*) as required, sum(is_current) as current_pairs
                        from judged group by role_key, module_id order by role_key, module_id
                        """).param("asOf", asOf).param("next", endOf(asOf)).param("allStaff", RoleDefinition.ALL_STAFF)
                .query((rs, n) -> new Object[] {rs.getString("role_key"), rs.getString("module_id"), rs.getInt("required"),
                        rs.getInt("current_pairs")}).list();
        Slice overall = jdbc.sql(judged + """
                        select count(*) as required, coalesce(sum(is_current), 0) as current_pairs
                        from (select distinct employee_id, module_id, is_current from judged) p
                        """).param("asOf", asOf).param("next", endOf(asOf)).param("allStaff", RoleDefinition.ALL_STAFF)
                .query((rs, n) -> new Slice("", rs.getInt("required"), rs.getInt("current_pairs"))).single();
        Map<String, int[]> byRole = new LinkedHashMap<>();
        var allStaff = new ArrayList<Slice>();
        for (Object[] row : byRoleAndModule) {
            String role = (String) row[0];
            int required = (Integer) row[2];
            int current = (Integer) row[3];
            int[] sums = byRole.computeIfAbsent(role, k -> new int[2]);
            sums[0] += required;
            sums[1] += current;
            if (RoleDefinition.ALL_STAFF.equals(role)) {
                allStaff.add(new Slice((String) row[1], required, current));
            }
        }
        var roleSlices = byRole.entrySet().stream()
                .map(e -> new Slice(roleName(e.getKey(), roles), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(Slice::label)).toList();
        return new Coverage(overall, roleSlices, allStaff);
    }

    /**
     * Each critical service's state at D, by the rules of {@code continuity.Readiness}: ready when every
     * required role has a ready primary (and a ready deputy where required), at risk when only deputies fall
     * short, not ready otherwise. Services registered after D are left out unless someone held a role for
     * them at D.
     */
    private List<ServiceAtDate> services(LocalDate asOf, List<Holder> holders, Map<String, RoleDefinition> roles) {
        String sql = """
                with holder as (
                  select ra.id, ra.employee_id, ra.role_key, ra.service_id, ra.position,
                         count(r.module_id) as required_modules,
                         coalesce(sum(case when""" + CURRENT_AT_D.formatted("ra.employee_id", "r.module_id") + """
                                      then 1 else 0 end), 0) as current_modules
                  from role_assignment ra
                  left join training_module_role r on r.role_key = ra.role_key
                  where ra.service_id is not null and""" + HELD_AT_D + """
                  group by ra.id, ra.employee_id, ra.role_key, ra.service_id, ra.position
                ),
                slot as (
                  select sr.service_id, sr.role_key, sr.deputy_required,
                         max(case when h.position = 'PRIMARY' and h.current_modules >= h.required_modules then 1 else 0 end) as primary_ready,
                         max(case when h.position = 'DEPUTY' and h.current_modules >= h.required_modules then 1 else 0 end) as deputy_ready
                  from critical_service_role sr
                  left join holder h on h.service_id = sr.service_id and h.role_key = sr.role_key
                  group by sr.service_id, sr.role_key, sr.deputy_required
                ),
                listed as (
                  select cs.id from critical_service cs where cs.created_at < :next
                  union
                  select h.service_id from holder h
                )
                select cs.id, cs.name, cs.tier,
                       case when count(sl.role_key) = 0 then 1
                            when min(sl.primary_ready) = 0 then 0
                            when min(case when sl.deputy_required then sl.deputy_ready else 1 end) = 0 then 2
                            else 3 end as state_rank
                from critical_service cs
                join listed on listed.id = cs.id
                left join slot sl on sl.service_id = cs.id
                group by cs.id, cs.name, cs.tier
                order by state_rank, cs.tier, cs.name
                """;
        record Required(String roleKey, boolean deputy) {
        }
        Map<Long, List<Required>> required = new HashMap<>();
        jdbc.sql("select service_id, role_key, deputy_required from critical_service_role order by service_id, role_key")
                .query((rs, n) -> required.computeIfAbsent(rs.getLong("service_id"), k -> new ArrayList<>())
                        .add(new Required(rs.getString("role_key"), rs.getBoolean("deputy_required")))).list();
        return jdbc.sql(sql).param("asOf", asOf).param("next", endOf(asOf))
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    var slots = required.getOrDefault(id, List.of()).stream().map(r -> new Slot(roleName(r.roleKey(), roles),
                            r.deputy(),
                            holders.stream().filter(h -> h.serviceId() != null && h.serviceId() == id && h.roleKey().equals(r.roleKey())
                                    && h.position() == Position.PRIMARY).toList(),
                            holders.stream().filter(h -> h.serviceId() != null && h.serviceId() == id && h.roleKey().equals(r.roleKey())
                                    && h.position() == Position.DEPUTY).toList())).toList();
                    return new ServiceAtDate(id, rs.getString("name"), rs.getInt("tier"),
                            ServiceState.values()[rs.getInt("state_rank")], slots);
                }).list();
    }

    /**
     * For each role held on some day of [from, D] and each module it requires: the days of holding within
     * the period on which no completion was current ({@link ValidityGaps}).
     */
    private List<GapRow> gaps(LocalDate asOf, LocalDate from, Map<String, RoleDefinition> roles) {
        record Pair(String roleKey, @Nullable String serviceName, Position position, long employeeId, String personName,
                    String employeeNumber, @Nullable String department, String moduleId, Days held) {
        }
        Days period = Days.inclusive(from, asOf);
        var pairs = jdbc.sql("""
                        select ra.role_key, ra.position, ra.employee_id, ra.valid_from, ra.ended_at,
                               e.first_name, e.last_name, e.employee_number, d.name as department, cs.name as service_name, r.module_id
                        from role_assignment ra
                        join training_module_role r on r.role_key = ra.role_key
                        join employee e on e.id = ra.employee_id
                        left join department d on d.id = e.department_id
                        left join critical_service cs on cs.id = ra.service_id
                        where ra.role_key <> :allStaff and""" + HELD_IN_PERIOD + """
                        order by ra.role_key, cs.name, ra.position desc, e.last_name, e.first_name, ra.id, r.module_id
                        """).param("asOf", asOf).param("fromEnd", endOf(from)).param("allStaff", RoleDefinition.ALL_STAFF)
                .query((rs, n) -> {
                    Instant ended = instantOrNull(rs, "ended_at");
                    Days held = Days.of(rs.getObject("valid_from", LocalDate.class),
                            ended == null ? period.until() : ValidityGaps.dayOf(ended, zone())).intersect(period);
                    return new Pair(rs.getString("role_key"), rs.getString("service_name"), Position.valueOf(rs.getString("position")),
                            rs.getLong("employee_id"), rs.getString("first_name") + " " + rs.getString("last_name"),
                            rs.getString("employee_number"), rs.getString("department"), rs.getString("module_id"), held);
                }).list();
        Map<String, List<Days>> covered = new HashMap<>();
        jdbc.sql("""
                        select c.employee_id, c.module_id, c.completed_at, c.expires_at
                        from training_completion c
                        where c.completed_at < :next
                          and c.employee_id in (select ra.employee_id from role_assignment ra
                                                where ra.role_key <> :allStaff and""" + HELD_IN_PERIOD + ")")
                .param("asOf", asOf).param("fromEnd", endOf(from)).param("next", endOf(asOf)).param("allStaff", RoleDefinition.ALL_STAFF)
                .query((rs, n) -> covered.computeIfAbsent(rs.getLong("employee_id") + ":" + rs.getString("module_id"), k -> new ArrayList<>())
                        .add(Days.between(instant(rs, "completed_at"), instant(rs, "expires_at"), zone()))).list();
        var gaps = new ArrayList<GapRow>();
        for (Pair p : pairs) {
            for (var gap : ValidityGaps.uncovered(p.held(), covered.getOrDefault(p.employeeId() + ":" + p.moduleId(), List.of()))) {
                gaps.add(new GapRow(roleName(p.roleKey(), roles), p.serviceName(), p.position(), p.personName(), p.employeeNumber(),
                        p.department(), p.moduleId(), gap.from(), gap.to(), gap.days(), gap.afterExpiry(),
                        gap.until().equals(period.until())));
            }
        }
        return gaps;
    }

    private List<CampaignRun> campaignRuns(LocalDate asOf, LocalDate from) {
        return jdbc.sql("""
                        select c.name, r.fire_time, r.triggered_by, r.audience_size, r.assigned, r.skipped_current, r.already_open, r.status
                        from campaign_run r join campaign c on c.id = r.campaign_id
                        where r.fire_time >= :from and r.fire_time < :next
                        order by r.fire_time, c.name
                        """).param("from", UTC_TEXT.format(org.continuityacademy.base.time.Days.startOf(from, clock))).param("next", endOf(asOf))
                .query((rs, n) -> new CampaignRun(rs.getString("name"), instant(rs, "fire_time"), rs.getString("triggered_by"),
                        rs.getInt("audience_size"), rs.getInt("assigned"), rs.getInt("skipped_current"), rs.getInt("already_open"),
                        rs.getString("status"))).list();
    }

    private static String roleName(String key, Map<String, RoleDefinition> roles) {
        RoleDefinition role = roles.get(key);
        return role == null ? key : role.name();
    }

    /** The columns hold UTC (as Hibernate writes them), whatever the JVM's time zone. */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Instant value = instantOrNull(rs, column);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value;
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column, (Calendar) UTC.clone());
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        Number value = (Number) rs.getObject(column);
        return value == null ? null : value.longValue();
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        Number value = (Number) rs.getObject(column);
        return value == null ? null : value.intValue();
    }
}
