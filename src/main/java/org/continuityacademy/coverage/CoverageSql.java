package org.continuityacademy.coverage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.continuityacademy.base.time.Days;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL behind every coverage figure, built once so that a headline, its breakdowns and the people
 * behind it always count the same pairs. {@code :at} is the moment the figures are for (now, or the end
 * of a snapshot's day): role assignments held then, completions passed by then. {@code :atDay} is the day
 * {@code :at} falls on in the organisation's time zone, for the DATE columns (a role's "valid from" day).
 * Instants go to the database as the UTC text its DATETIME columns hold, whatever the JVM's time zone.
 * <p>
 * Pieces are joined with explicit spaces: Java text blocks drop trailing spaces.
 */
final class CoverageSql {

    /** The manager's reporting line; joined, not used in a correlated subquery (MariaDB re-runs it unreliably there). */
    private static final String LINE = """
            line (id) as (
              select e.id from employee e where e.manager_id = :manager
              union
              select e.id from employee e join line l on e.manager_id = l.id
            ),
            in_line as (select distinct id from line)""";

    /**
     * Person × role × module, for every required module of every role held (all staff: everyone active), and
     * the distinct person × module pairs. No {@code union} or {@code distinct} over all staff's rows: at 100,000
     * people that de-duplication of wide rows in a temporary table took most of the time. All staff's rows are
     * one per person and module by construction; only the few rows of the other roles are de-duplicated, and
     * a module all staff need already is left out of them ({@code %3$s}, when no role filter). Each pair's latest
     * expiry ({@code best}) is computed inside the union, which MariaDB materialises: once per pair, not once
     * for each use of {@code best} in the select (a merged derived table repeats the subquery per reference).
     * {@code role_pair} (by role) takes all staff's rows from {@code pair} and looks up the few rows of the other
     * roles directly: joining every required row back to {@code pair} cost a join of two 100,000-row derived
     * tables (2.3 s against 0.7 s at 100,000 people, BENCHMARKS.md).
     */
    private static final String REQUIRED = """
            staff as (
              select e.id as employee_id, e.department_id, r.module_id
              from employee e
              join training_module_role r on r.role_key = 'all-staff'
              %1$s
              where e.active = true %2$s
            ),
            held as (
              select distinct e.id as employee_id, e.department_id, ra.role_key, r.module_id
              from role_assignment ra
              join employee e on e.id = ra.employee_id
              join training_module_role r on r.role_key = ra.role_key
              %1$s
              where ra.role_key <> 'all-staff' and ra.valid_from <= :atDay and (ra.ended_at is null or ra.ended_at > :at)
                and e.active = true %2$s
            ),
            pair as (
              select q.employee_id, q.department_id, q.module_id, q.best, q.src
              from (select s.employee_id, s.department_id, s.module_id, 'S' as src,
                           (select max(c.expires_at) from training_completion c
                            where c.employee_id = s.employee_id and c.module_id = s.module_id and c.completed_at <= :at) as best
                    from staff s
                    union all
                    select h.employee_id, h.department_id, h.module_id, 'H',
                           (select max(c.expires_at) from training_completion c
                            where c.employee_id = h.employee_id and c.module_id = h.module_id and c.completed_at <= :at)
                    from (select distinct h.employee_id, h.department_id, h.module_id from held h %3$s) h) q
            ),
            role_pair as (
              select 'all-staff' as role_key, p.best from pair p where p.src = 'S'
              union all
              select h.role_key,
                     (select max(c.expires_at) from training_completion c
                      where c.employee_id = h.employee_id and c.module_id = h.module_id and c.completed_at <= :at)
              from held h
            )""";

    /** Leaves out of the other roles' pairs the modules all staff need (they are in {@code staff} already). */
    private static final String NOT_ALL_STAFF = """
            where h.module_id not in (select s.module_id from training_module_role s where s.role_key = 'all-staff')""";

    /** Required, current and expiring pairs of the rows {@code p} being counted. */
    static final String COUNTS = """
            count(*) as required_pairs,
            coalesce(sum(p.best > :at), 0) as current_pairs,
            coalesce(sum(p.best > :at and p.best <= :soon), 0) as expiring_pairs
            """;

    /** A pair's {@link PairStatus} as its ordinal. */
    static final String STATUS_RANK =
            "(case when p.best is null then 0 when p.best <= :at then 1 when p.best <= :soon then 2 else 3 end)";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private CoverageSql() {
    }

    /** The CTEs {@code pair} (one per person and module) and {@code role_pair} (one per person, role and module) for the scope and filter. */
    static String with(Coverage.Scope scope, CoverageFilter filter) {
        var ctes = new ArrayList<String>();
        if (!scope.all()) {
            ctes.add(LINE);
        }
        ctes.add(REQUIRED.formatted(scope.all() ? "" : "join in_line il on il.id = e.id", requiredFilter(filter),
                filter.roleKey() == null ? NOT_ALL_STAFF : ""));
        return (scope.all() ? "with " : "with recursive ") + String.join(",\n", ctes) + "\n";
    }

    /**
     * Every manager's whole reporting line as (manager, employee) pairs, with the required pairs of
     * everyone: for the daily snapshot of each line.
     */
    static String withChains() {
        return "with recursive " + """
                chain (manager_id, employee_id) as (
                  select e.manager_id, e.id from employee e where e.manager_id is not null and e.active = true
                  union
                  select c.manager_id, e.id from chain c join employee e on e.manager_id = c.employee_id where e.active = true
                )""" + ",\n" + REQUIRED.formatted("", "", NOT_ALL_STAFF) + "\n";
    }

    /** Just the reporting line, for the filter choices of a manager. */
    static String lineOnly() {
        return "with recursive " + LINE + "\n";
    }

    /** Open assignments past due ({@code :today}) in the scope and filter: {@code select} and {@code joins} fill in the rest. */
    static String overdue(Coverage.Scope scope, CoverageFilter filter, String select, String joins) {
        var sql = new StringBuilder(scope.all() ? "" : lineOnly());
        sql.append(select).append(" from training_assignment a join employee e on e.id = a.employee_id and e.active = true ");
        if (!scope.all()) {
            sql.append(" join in_line il on il.id = e.id ");
        }
        sql.append(joins).append(" where a.status = 'OPEN' and a.due_on < :today ").append(employeeFilter(filter));
        if (filter.moduleId() != null) {
            sql.append(" and a.module_id = :module");
        }
        if (filter.campaignId() != null) {
            sql.append(" and a.origin = 'CAMPAIGN' and a.origin_ref = concat('campaign:', :campaign)");
        }
        if (filter.roleKey() != null) {
            sql.append(" and a.module_id in (select rm.module_id from training_module_role rm where rm.role_key = :role)")
                    .append(" and (:role = 'all-staff' or exists (select 1 from role_assignment ra where ra.employee_id = e.id")
                    .append(" and ra.role_key = :role and ra.ended_at is null))");
        }
        return sql.toString();
    }

    /** The parameters for the figures as at {@code at}, whose day is taken in {@code zone} (the organisation's). */
    static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Coverage.Scope scope, CoverageFilter filter, Instant at,
                                           ZoneId zone) {
        spec = spec.param("at", utc(at)).param("soon", utc(Coverage.soon(at))).param("atDay", Days.dayOf(at, zone));
        if (!scope.all()) {
            spec = spec.param("manager", scope.managerId());
        }
        if (filter.departmentId() != null) {
            spec = spec.param("department", filter.departmentId());
        }
        if (filter.location() != null) {
            spec = spec.param("location", filter.location());
        }
        if (filter.roleKey() != null) {
            spec = spec.param("role", filter.roleKey());
        }
        if (filter.moduleId() != null) {
            spec = spec.param("module", filter.moduleId());
        }
        if (filter.campaignId() != null) {
            spec = spec.param("campaign", filter.campaignId());
        }
        return spec;
    }

    /** An instant as the UTC text a DATETIME(6) column holds. */
    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    private static String requiredFilter(CoverageFilter filter) {
        var sql = new StringBuilder(employeeFilter(filter));
        if (filter.roleKey() != null) {
            sql.append(" and r.role_key = :role");
        }
        if (filter.moduleId() != null) {
            sql.append(" and r.module_id = :module");
        }
        if (filter.campaignId() != null) {
            sql.append(" and exists (select 1 from campaign_enrolment ce where ce.campaign_id = :campaign")
                    .append(" and ce.employee_id = e.id and ce.module_id = r.module_id)");
        }
        return sql.toString();
    }

    private static String employeeFilter(CoverageFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.departmentId() != null) {
            parts.add(filter.departmentId() == 0 ? "e.department_id is null" : "e.department_id = :department");
        }
        if (filter.location() != null) {
            parts.add("e.location = :location");
        }
        return parts.stream().map(p -> " and " + p).reduce("", String::concat);
    }
}
