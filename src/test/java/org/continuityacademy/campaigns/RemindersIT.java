package org.continuityacademy.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.TestRecords;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.time.AwkwardDates;
import org.continuityacademy.base.time.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reminder sweep with the default policy: before, on the day, when overdue, and one digest for the manager.
 * Run today and on each awkward date; "today" is the organisation's, by the application clock.
 */
@IntegrationTest
@ParameterizedClass
@MethodSource("org.continuityacademy.base.time.AwkwardDates#moments")
class RemindersIT {

    /** When the suite runs: null for today, else one of the awkward dates. */
    @Parameter
    @Nullable
    Instant moment;

    @Autowired
    Reminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    Messages messages;
    @Autowired
    org.continuityacademy.training.TrainingRecords training;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @BeforeEach
    void pinTheClock() {
        AwkwardDates.pin(clock, moment);
    }

    @Test
    void reminders_follow_the_policy_the_manager_gets_one_digest_and_a_repeat_sends_nothing() {
        var records = new TestRecords(jdbc, clock);
        LocalDate today = LocalDate.now(clock);
        long manager = records.employee("Mia", "Manager", null);
        long pat = records.employee("Pat", "Pending", manager);
        long quinn = records.employee("Quinn", "Quiet", manager);
        long before = assignment(pat, "itscm-for-everyone", today.plusDays(7), "OPEN");
        long dueToday = assignment(pat, "the-continuity-plan", today, "OPEN");
        long overdue = assignment(pat, "rehearsals-and-vigilance", today.minusDays(7), "OPEN");
        assignment(quinn, "itscm-for-everyone", today.minusDays(14), "OPEN");
        assignment(quinn, "the-continuity-plan", today.minusDays(7), "WAIVED");
        assignment(quinn, "rehearsals-and-vigilance", today, "COMPLETED");

        reminders.sweep();
        reminders.sweep(today);

        assertThat(subjects(pat)).containsExactlyInAnyOrder(
                "REMINDER Reminder: IT service continuity for everyone is due on " + date(today.plusDays(7)),
                "REMINDER Due today: The continuity plan",
                "OVERDUE Overdue: Rehearsals and vigilance was due on " + date(today.minusDays(7)));
        // nothing about the waived or the completed module
        assertThat(subjects(quinn)).singleElement().asString().startsWith("OVERDUE Overdue: IT service continuity for everyone");
        assertThat(subjects(manager)).containsExactly("DIGEST Overdue training in your team: 2 modules");
        String digest = jdbc.sql("select body from notification where recipient_id = ?").param(manager).query(String.class).single();
        assertThat(digest).contains("- Pat Pending: Rehearsals and vigilance, due " + date(today.minusDays(7)) + " (7 days late)",
                        "- Quinn Quiet: IT service continuity for everyone, due " + date(today.minusDays(14)) + " (14 days late)")
                .doesNotContain("The continuity plan");
        String overdueBody = jdbc.sql("select body from notification where recipient_id = ? and kind = 'OVERDUE'").param(pat)
                .query(String.class).single();
        assertThat(overdueBody).isEqualTo("Hello Pat Pending,\n\nThe module \"Rehearsals and vigilance\" was due on "
                + date(today.minusDays(7)) + " (7 days ago). Please complete it as soon as you can.");
        assertThat(before + dueToday + overdue).isPositive();

        // waiving the module withdraws its reminder that had not gone out yet; the others stay
        jdbc.sql("update notification set status = 'PENDING' where recipient_id = ?").param(pat).update();
        SignedIn.as(users, "hr", () -> {
            training.waive(before, "covered elsewhere");
            return null;
        });
        assertThat(jdbc.sql("select status from notification where recipient_id = ? and subject like 'Reminder: %'").param(pat)
                .query(String.class).single()).isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = ? and status = 'PENDING'").param(pat)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void the_next_day_brings_the_next_reminders_and_not_a_repeat_of_todays() {
        var records = new TestRecords(jdbc, clock);
        LocalDate today = LocalDate.now(clock);
        long ria = records.employee("Ria", "Ready", null);
        assignment(ria, "itscm-for-everyone", today.plusDays(1), "OPEN");

        reminders.sweep();
        assertThat(subjects(ria)).as("not a week before, not due: nothing yet").isEmpty();

        // the next morning (whatever the hour now, the same time tomorrow is the organisation's next day)
        clock.set(clock.instant().atZone(clock.getZone()).plusDays(1).toInstant());
        assertThat(LocalDate.now(clock)).isEqualTo(today.plusDays(1));
        reminders.sweep();
        reminders.sweep();

        assertThat(subjects(ria)).containsExactly("REMINDER Due today: IT service continuity for everyone");
    }

    @Test
    void with_the_organisation_in_auckland_the_due_day_begins_at_midnight_auckland_time_not_utc() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        clock.setZone(auckland);
        var records = new TestRecords(jdbc, clock);
        LocalDate day = LocalDate.now(clock).plusDays(2);
        long kai = records.employee("Kai", "Kiwi", null);
        assignment(kai, "itscm-for-everyone", day.plusDays(1), "OPEN");

        // 23:30 in Auckland: the day before the due date there
        clock.set(day.atTime(23, 30).atZone(auckland).toInstant());
        reminders.sweep();
        assertThat(subjects(kai)).isEmpty();

        // 00:10 the next morning in Auckland (still the day before in UTC): due today
        clock.set(day.plusDays(1).atTime(0, 10).atZone(auckland).toInstant());
        assertThat(LocalDate.now(clock.withZone(ZoneOffset.UTC))).isEqualTo(day);
        reminders.sweep();
        assertThat(subjects(kai)).containsExactly("REMINDER Due today: IT service continuity for everyone");
        assertThat(jdbc.sql("select dedupe_key from notification where recipient_id = ?").param(kai).query(String.class).single())
                .as("the repeat check counts Auckland's days").endsWith(":" + day.plusDays(1));
    }

    private long assignment(long employee, String module, LocalDate due, String status) {
        long id = jdbc.sql("select nextval(training_assignment_seq)").query(Long.class).single();
        String now = TestRecords.utc(clock.instant());
        jdbc.sql("""
                insert into training_assignment (id, employee_id, module_id, origin, reason, assigned_by, assigned_at, due_on, status,
                                                 closed_at, version)
                values (?, ?, ?, 'MANUAL', 'test', 'test', ?, ?, ?, ?, 0)
                """).params(id, employee, module, now, Date.valueOf(due), status, status.equals("OPEN") ? null : now).update();
        return id;
    }

    private java.util.List<String> subjects(long recipient) {
        return jdbc.sql("select concat(kind, ' ', subject) from notification where recipient_id = ?").param(recipient)
                .query(String.class).list();
    }

    /** A date as the e-mails write it: the organisation's language. */
    private String date(LocalDate date) {
        return messages.formats(messages.organisationLocale()).date(date);
    }
}
