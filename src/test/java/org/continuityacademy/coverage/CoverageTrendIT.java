package org.continuityacademy.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.TestRecords;
import org.continuityacademy.base.time.AwkwardDates;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.services.ServiceRegister;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The coverage trend and the organisation's day, once today and once at each awkward date ({@link AwkwardDates}):
 * the daily snapshot answers the trend, a day's snapshot is that day in the organisation's zone (taken as at its
 * end there), and the overdue count turns at the organisation's midnight. The zone cases put the organisation in
 * Pacific/Auckland, half a day ahead of UTC, so that its day and UTC's differ for half of every day.
 * <p>
 * One snapshot a day is the rule, so a test that takes a day's snapshot first deletes that day's rows (as an
 * operator does with a wrong day): the shared database may have taken it already, at start-up or at another date.
 */
@IntegrationTest
@ParameterizedClass
@MethodSource("org.continuityacademy.base.time.AwkwardDates#moments")
class CoverageTrendIT {

    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    static final String EVERYONE = "itscm-for-everyone";

    @Parameter
    @Nullable
    Instant moment;

    @Autowired
    Coverage coverage;
    @Autowired
    CoverageSnapshots snapshots;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    ServiceRegister services;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @BeforeEach
    void pinTheClock() {
        AwkwardDates.pin(clock, moment);
    }

    @Test
    @WithUserDetails("continuity")
    void a_snapshot_is_taken_once_a_day_and_answers_the_trend() {
        var fixture = new CoverageFixture(jdbc, clock, users, services, roles);
        LocalDate today = LocalDate.now(clock);
        forget(today);

        assertThat(snapshots.take(today, clock.instant())).isTrue();
        assertThat(snapshots.take(today, clock.instant())).isFalse();

        var points = coverage.history(fixture.filter, today.minusDays(90), today);
        assertThat(points).singleElement().satisfies(p -> {
            assertThat(p.day()).isEqualTo(today);
            assertThat(p.required()).isEqualTo(28);
            assertThat(p.current()).isEqualTo(16);
        });
        assertThat(coverage.history(CoverageFilter.none().withRole("it-recovery-lead"), today, today)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from coverage_snapshot where snapshot_day = ? and dimension = 'ALL'")
                .param(today).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(distinct taken_at) from coverage_snapshot where snapshot_day = ?")
                .param(today).query(Integer.class).single()).isEqualTo(1);
        // the demo manager's line has its own series
        long marcus = ((AppUserPrincipal) users.loadUserByUsername("manager")).employeeId();
        assertThat(jdbc.sql("select required_pairs from coverage_snapshot where snapshot_day = ? and dimension = 'LINE' and dimension_key = ?")
                .params(today, String.valueOf(marcus)).query(Long.class).single()).isGreaterThanOrEqualTo(12);
    }

    @Test
    @WithUserDetails("hr")
    void a_days_snapshot_is_that_day_in_the_organisations_zone_as_at_its_end_there() {
        clock.setZone(AUCKLAND);
        LocalDate today = LocalDate.now(clock);
        LocalDate yesterday = today.minusDays(1);
        var records = new TestRecords(jdbc, clock);
        long department = department();
        long pat = member(records, department, "Pat");
        long quinn = member(records, department, "Quinn");
        // Pat passed at 23:30 yesterday, Quinn half an hour after midnight: both on the same day in UTC
        Instant lateYesterday = at(yesterday, 23, 30);
        Instant earlyToday = at(today, 0, 10);
        assertThat(LocalDate.ofInstant(lateYesterday, ZoneOffset.UTC)).isEqualTo(LocalDate.ofInstant(earlyToday, ZoneOffset.UTC));
        records.completion(pat, EVERYONE, lateYesterday, lateYesterday.plus(Duration.ofDays(365)));
        records.completion(quinn, EVERYONE, earlyToday, earlyToday.plus(Duration.ofDays(365)));
        forget(yesterday);

        // yesterday's snapshot, as the first start's backfill takes it: as at the end of the day in Auckland
        assertThat(snapshots.take(yesterday, snapshots.endOf(yesterday))).isTrue();
        // two people, each required all staff's modules
        long required = 2L * org.continuityacademy.RoleModules.ALL_STAFF.size();
        assertThat(departmentRow(yesterday, department)).containsExactly(required, 1L);

        // today's, taken by the hourly job at 00:30 Auckland time, when UTC still has yesterday's date
        clock.set(at(today, 0, 30));
        assertThat(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).isEqualTo(yesterday);
        forget(today);
        assertThat(snapshots.takeToday()).isTrue();
        assertThat(departmentRow(today, department)).containsExactly(required, 2L);
        assertThat(coverage.history(CoverageFilter.none().withDepartment(department), yesterday.minusDays(1), today))
                .extracting(CoveragePoint::day, CoveragePoint::current).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(yesterday, 1L), org.assertj.core.groups.Tuple.tuple(today, 2L));
    }

    @Test
    @WithUserDetails("hr")
    void an_assignment_due_today_is_overdue_from_midnight_in_the_organisations_zone() {
        clock.setZone(AUCKLAND);
        LocalDate today = LocalDate.now(clock);
        var records = new TestRecords(jdbc, clock);
        long department = department();
        long pat = member(records, department, "Pat");
        long due = records.assignment(pat, EVERYONE, at(today.minusDays(20), 9, 0), today);
        var filter = CoverageFilter.none().withDepartment(department);

        clock.set(at(today, 23, 30));
        assertThat(coverage.headline(filter).overdue()).isZero();
        assertThat(coverage.overdue(filter, 0, 10)).isEmpty();

        clock.set(at(today.plusDays(1), 0, 10));
        // UTC has not reached that midnight yet: a day in UTC would still call it due today
        assertThat(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).isEqualTo(today);
        assertThat(coverage.headline(filter).overdue()).isEqualTo(1);
        assertThat(coverage.overdue(filter, 0, 10)).singleElement().satisfies(row -> {
            assertThat(row.assignmentId()).isEqualTo(due);
            assertThat(row.dueOn()).isEqualTo(today);
            assertThat(row.daysLate()).isEqualTo(1);
        });
    }

    /** A day's snapshot rows go, so that the test can take it (one snapshot a day). */
    private void forget(LocalDate day) {
        jdbc.sql("delete from coverage_snapshot where snapshot_day = ?").param(day).update();
    }

    private long department() {
        long id = jdbc.sql("select nextval(department_seq)").query(Long.class).single();
        jdbc.sql("insert into department (id, name) values (?, ?)").params(id, "Trend " + id).update();
        return id;
    }

    private long member(TestRecords records, long department, String firstName) {
        long id = records.employee(firstName, "Trend", null);
        jdbc.sql("update employee set department_id = ? where id = ?").params(department, id).update();
        return id;
    }

    /** Required and current pairs of a department's row of a day's snapshot. */
    private java.util.List<Long> departmentRow(LocalDate day, long department) {
        return jdbc.sql("""
                        select required_pairs, current_pairs from coverage_snapshot
                        where snapshot_day = ? and dimension = 'DEPARTMENT' and dimension_key = ?
                        """).params(day, String.valueOf(department))
                .query((rs, n) -> java.util.List.of(rs.getLong(1), rs.getLong(2))).single();
    }

    /** A local time of a day in the organisation's zone (the clock's). */
    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(clock.getZone()).toInstant();
    }
}
