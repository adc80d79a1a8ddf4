package org.continuityacademy.coverage;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.continuityacademy.base.time.Days;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the day's coverage snapshot: the whole organisation, each department, role, module and
 * manager's reporting line, all computed by the database in five queries and stored in one
 * transaction. The organisation's row is written first with {@code insert ignore}: when it is already
 * there (another node, an earlier run the same day) nothing else is written, so there is one snapshot
 * a day whoever runs it. The day is the organisation's (the application clock's zone): a snapshot of a day
 * is that local day's, and a past day is taken as at the end of it in that zone.
 */
@Component
class CoverageSnapshots {

    private static final Logger log = LoggerFactory.getLogger(CoverageSnapshots.class);
    private static final String INSERT = """
            insert ignore into coverage_snapshot (snapshot_day, dimension, dimension_key, required_pairs, current_pairs,
                                                  expiring_pairs, overdue_assignments, taken_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final int backfillDays;
    private final Clock clock;

    CoverageSnapshots(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, TransactionTemplate transaction,
                      @Value("${academy.coverage.backfill-days:90}") int backfillDays, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.backfillDays = backfillDays;
        this.clock = clock;
    }

    /**
     * Today's snapshot, if nobody has taken it yet; true when this call took it. The very first time
     * (no snapshot at all) the past {@code academy.coverage.backfill-days} are filled in from the
     * training records first, each as it stood at the end of its day, so a new installation has a trend
     * from day one. Past days count today's departments and active people: the records keep no
     * history of those.
     */
    boolean takeToday() {
        Instant now = clock.instant();
        LocalDate today = Days.dayOf(now, clock);
        boolean none = jdbc.sql("select not exists (select 1 from coverage_snapshot)").query(Boolean.class).single();
        if (none && backfillDays > 0) {
            for (LocalDate day = today.minusDays(backfillDays); day.isBefore(today); day = day.plusDays(1)) {
                LocalDate d = day;
                transaction.executeWithoutResult(s -> take(d, endOf(d)));
            }
            log.info("Coverage history filled in from the training records for the past {} days", backfillDays);
        }
        boolean took = Boolean.TRUE.equals(transaction.execute(s -> take(today, now)));
        if (took) {
            log.info("Coverage snapshot for {} taken", today);
        }
        return took;
    }

    /**
     * The last moment of {@code day} in the organisation's zone that a DATETIME(6) column can hold: the figures
     * "as at the end of the day" count what happened before midnight there ({@code <= :at}), not after.
     */
    Instant endOf(LocalDate day) {
        return Days.endOf(day, clock).minus(1, ChronoUnit.MICROS);
    }

    /**
     * The snapshot for a day, with the figures as they stood at {@code at} (role assignments held and
     * completions passed by then); the demo fills its past with it.
     */
    @Transactional
    boolean take(LocalDate day, Instant at) {
        boolean taken = jdbc.sql("select exists (select 1 from coverage_snapshot where snapshot_day = ? and dimension = 'ALL')")
                .param(Date.valueOf(day)).query(Boolean.class).single();
        if (taken) {
            return false;
        }
        var everyone = Coverage.Scope.everyone();
        var none = CoverageFilter.none();
        String totalSql = CoverageSql.with(everyone, none) + " select " + CoverageSql.COUNTS + " from pair p";
        CoverageCount total = CoverageSql.params(jdbc.sql(totalSql), everyone, none, at, clock.getZone())
                .query((rs, n) -> Coverage.count(rs)).single();
        // overdue on the day: due before it (an assignment due on the day itself is overdue only from its end)
        long overdue = jdbc.sql("""
                        select count(*) from training_assignment a join employee e on e.id = a.employee_id and e.active = true
                        where a.due_on < :today and a.assigned_at <= :at and (a.closed_at is null or a.closed_at > :at)
                        """).param("today", day).param("at", CoverageSql.utc(at)).query(Long.class).single();
        String takenAt = CoverageSql.utc(clock.instant());
        int first = batch.update(INSERT, Date.valueOf(day), "ALL", "", total.required(), total.current(), total.expiring(), overdue, takenAt);
        if (first == 0) {
            return false;
        }
        List<Object[]> rows = new ArrayList<>();
        slices(CoverageSql.with(everyone, none) + """
                 select coalesce(p.department_id, 0) as slice,
                """ + CoverageSql.COUNTS + " from pair p group by coalesce(p.department_id, 0)", at, day, "DEPARTMENT", takenAt, rows);
        slices(CoverageSql.with(everyone, none) + " select p.role_key as slice, " + CoverageSql.COUNTS
                + " from role_pair p group by p.role_key", at, day, "ROLE", takenAt, rows);
        slices(CoverageSql.with(everyone, none) + " select p.module_id as slice, " + CoverageSql.COUNTS
                + " from pair p group by p.module_id", at, day, "MODULE", takenAt, rows);
        slices(CoverageSql.withChains() + " select c.manager_id as slice, " + CoverageSql.COUNTS
                + " from chain c join pair p on p.employee_id = c.employee_id group by c.manager_id", at, day, "LINE", takenAt, rows);
        for (int from = 0; from < rows.size(); from += 1000) {
            batch.batchUpdate(INSERT, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
        log.debug("Coverage snapshot for {}: {}% ({} of {} required modules current), {} breakdown rows", day, total.percent(),
                total.current(), total.required(), rows.size());
        return true;
    }

    private void slices(String sql, Instant at, LocalDate day, String dimension, String takenAt, List<Object[]> rows) {
        var everyone = Coverage.Scope.everyone();
        CoverageSql.params(jdbc.sql(sql), everyone, CoverageFilter.none(), at, clock.getZone()).query((rs, n) -> {
            CoverageCount c = Coverage.count(rs);
            rows.add(new Object[] {Date.valueOf(day), dimension, rs.getString("slice"), c.required(), c.current(), c.expiring(), null, takenAt});
            return n;
        }).list();
    }

    /** Which stored series answers a filter (dimension and key); a manager's is their line's. */
    static String[] dimensionFor(@Nullable Long managerId, CoverageFilter filter) {
        if (managerId != null) {
            return new String[] {"LINE", String.valueOf(managerId)};
        }
        if (!historyFollows(filter) || filter.isEmpty()) {
            return new String[] {"ALL", ""};
        }
        if (filter.departmentId() != null) {
            return new String[] {"DEPARTMENT", String.valueOf(filter.departmentId())};
        }
        if (filter.roleKey() != null) {
            return new String[] {"ROLE", filter.roleKey()};
        }
        return new String[] {"MODULE", filter.moduleId() == null ? "" : filter.moduleId()};
    }

    /** Stored series exist for the whole organisation and for one department, role or module at a time. */
    static boolean historyFollows(CoverageFilter filter) {
        int set = (filter.departmentId() == null ? 0 : 1) + (filter.roleKey() == null ? 0 : 1) + (filter.moduleId() == null ? 0 : 1);
        return filter.location() == null && filter.campaignId() == null && set <= 1;
    }
}
