package org.continuityacademy.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.TestRecords;
import org.continuityacademy.base.time.AwkwardDates;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.security.AppUserPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A person's day ends at midnight in the organisation's time zone, not in UTC (issue #14, acceptance 2): every
 * place of the training module that decides "overdue" or "due on" counts in the organisation's days.
 */
@IntegrationTest
class OrganisationDayIT {

    static final String MODULE = "itscm-for-everyone";
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Autowired
    TestClock clock;
    @Autowired
    TrainingRecords records;
    @Autowired
    TrainingHistory history;
    @Autowired
    Recertification recertification;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void in_auckland_an_assignment_due_today_is_not_overdue_at_23_30_and_is_overdue_at_00_10_the_next_day() {
        clock.setZone(AUCKLAND);
        LocalDate today = LocalDate.now(clock);
        clock.set(today.atTime(23, 30).atZone(AUCKLAND).toInstant());
        long lena = ((AppUserPrincipal) users.loadUserByUsername("learner")).employeeId();
        waiveLenasOpenAssignments(lena);
        try {
            SignedIn.as(users, "hr", () -> records.assignByHand(List.of(lena), MODULE, today, "due today, Auckland time"));
            long id = SignedIn.as(users, "learner", () -> records.myTraining().open().stream()
                    .filter(a -> a.moduleId().equals(MODULE)).findFirst().orElseThrow().id());
            // Lena starts reading at once, so every list says "in progress" until it is overdue
            SignedIn.as(users, "learner", () -> records.openModule(MODULE));

            assertEverywhere(lena, id, TrainingState.IN_PROGRESS, 0);

            clock.set(today.plusDays(1).atTime(LocalTime.of(0, 10)).atZone(AUCKLAND).toInstant());
            assertThat(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).as("in UTC it is still the due day").isEqualTo(today);

            assertEverywhere(lena, id, TrainingState.OVERDUE, 1);
        } finally {
            waiveLenasOpenAssignments(lena);
        }
    }

    /**
     * The refresher sweep gives a completion's refresher the day it expires in the organisation's zone: before the
     * clocks go forward in Berlin (UTC+1), after it (UTC+2), and where that day is not UTC's.
     */
    @Test
    void a_refresher_is_due_on_the_day_the_completion_expires_in_the_organisations_zone_on_both_sides_of_a_daylight_saving_change() {
        clock.setZone(AwkwardDates.EUROPE);
        clock.set(Instant.parse("2027-03-20T12:00:00Z"));
        Instant start = clock.instant();
        var fixtures = new TestRecords(jdbc, clock);
        long winterNight = fixtures.employee("Wanda", "Winter", null);
        long winterEvening = fixtures.employee("Eve", "Winter", null);
        long summerNight = fixtures.employee("Sunny", "Summer", null);
        Instant completed = start.minus(java.time.Duration.ofDays(360));
        // 00:30 on 26 March in Berlin (CET), still the 25th in UTC
        fixtures.completion(winterNight, MODULE, completed, Instant.parse("2027-03-25T23:30:00Z"));
        // 23:30 on 27 March in Berlin (CET): an offset of +2 would make it the 28th
        fixtures.completion(winterEvening, MODULE, completed, Instant.parse("2027-03-27T22:30:00Z"));
        // 00:30 on 30 March in Berlin (CEST, after the change on the 28th): an offset of +1 would make it the 29th
        fixtures.completion(summerNight, MODULE, completed, Instant.parse("2027-03-29T22:30:00Z"));
        try {
            recertification.sweep();

            assertThat(refresherDue(winterNight)).isEqualTo(LocalDate.of(2027, 3, 26));
            assertThat(refresherDue(winterEvening)).isEqualTo(LocalDate.of(2027, 3, 27));
            assertThat(refresherDue(summerNight)).isEqualTo(LocalDate.of(2027, 3, 30));
        } finally {
            jdbc.sql("delete from training_assignment where origin = 'REFRESHER' and assigned_by = 'system' and assigned_at >= ?")
                    .param(TestRecords.utc(start)).update();
        }
    }

    /** The learner's list, the module they open, HR's view of them, the manager lists' counts and the API all agree. */
    private void assertEverywhere(long lena, long assignmentId, TrainingState state, int overdue) {
        SignedIn.as(users, "learner", () -> {
            var mine = records.myTraining();
            assertThat(mine.assignments()).filteredOn(a -> a.id() == assignmentId).singleElement()
                    .satisfies(a -> assertThat(a.state()).as("the learner's training list").isEqualTo(state));
            assertThat(mine.overdue()).isEqualTo(overdue);
            assertThat(records.openModule(MODULE).assignment()).satisfies(a -> {
                assertThat(a.id()).isEqualTo(assignmentId);
                assertThat(a.state()).as("the module the learner opens").isEqualTo(state);
            });
            return null;
        });
        SignedIn.as(users, "hr", () -> {
            assertThat(records.statusOf(lena).assignments()).filteredOn(a -> a.id() == assignmentId).singleElement()
                    .satisfies(a -> assertThat(a.state()).as("HR's view of the person").isEqualTo(state));
            assertThat(records.summaries(List.of(lena)).get(lena).overdue()).as("the counts in lists of people").isEqualTo(overdue);
            assertThat(history.assignments(lena, 0, 1000)).filteredOn(a -> a.id() == assignmentId).singleElement()
                    .satisfies(a -> assertThat(a.state()).as("the training records of the API").isEqualTo(state));
            return null;
        });
    }

    private void waiveLenasOpenAssignments(long lena) {
        SignedIn.as(users, "hr", () -> {
            records.statusOf(lena).open().forEach(a -> records.waive(a.id(), "test clean-up"));
            return null;
        });
    }

    private LocalDate refresherDue(long employee) {
        return jdbc.sql("select due_on from training_assignment where employee_id = ? and origin = 'REFRESHER'").param(employee)
                .query(LocalDate.class).single();
    }
}
