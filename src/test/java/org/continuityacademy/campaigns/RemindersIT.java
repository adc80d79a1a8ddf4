package org.continuityacademy.campaigns;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reminder sweep with the default policy: before, on the day, when overdue, and one digest for the manager. */
@IntegrationTest
class RemindersIT {

    @Autowired
    Reminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    org.continuityacademy.training.TrainingRecords training;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void reminders_follow_the_policy_the_manager_gets_one_digest_and_a_repeat_sends_nothing() {
        var records = new TestRecords(jdbc, clock);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long manager = records.employee("Mia", "Manager", null);
        long pat = records.employee("Pat", "Pending", manager);
        long quinn = records.employee("Quinn", "Quiet", manager);
        long before = assignment(pat, "itscm-for-everyone", today.plusDays(7), "OPEN");
        long dueToday = assignment(pat, "the-continuity-plan", today, "OPEN");
        long overdue = assignment(pat, "rehearsals-and-vigilance", today.minusDays(7), "OPEN");
        assignment(quinn, "itscm-for-everyone", today.minusDays(14), "OPEN");
        assignment(quinn, "the-continuity-plan", today.minusDays(7), "WAIVED");
        assignment(quinn, "rehearsals-and-vigilance", today, "COMPLETED");

        reminders.sweep(today);
        reminders.sweep(today);

        assertThat(subjects(pat)).containsExactlyInAnyOrder(
                "REMINDER Reminder: IT service continuity for everyone is due on " + date(today.plusDays(7)),
                "REMINDER Due today: The continuity plan",
                "OVERDUE Overdue: Rehearsals and vigilance was due on " + date(today.minusDays(7)));
        // nothing about the waived or the completed module
        assertThat(subjects(quinn)).singleElement().asString().startsWith("OVERDUE Overdue: IT service continuity for everyone");
        assertThat(subjects(manager)).containsExactly("DIGEST Overdue training in your team: 2 modules");
        String digest = jdbc.sql("select body from notification where recipient_id = ?").param(manager).query(String.class).single();
        assertThat(digest).contains("Pat Pending: Rehearsals and vigilance", "Quinn Quiet: IT service continuity for everyone")
                .doesNotContain("The continuity plan");
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

    private long assignment(long employee, String module, LocalDate due, String status) {
        long id = jdbc.sql("select nextval(training_assignment_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into training_assignment (id, employee_id, module_id, origin, reason, assigned_by, assigned_at, due_on, status,
                                                 closed_at, version)
                values (?, ?, ?, 'MANUAL', 'test', 'test', ?, ?, ?, ?, 0)
                """).params(id, employee, module, Timestamp.from(Instant.now()), Date.valueOf(due), status,
                status.equals("OPEN") ? null : Timestamp.from(Instant.now())).update();
        return id;
    }

    private java.util.List<String> subjects(long recipient) {
        return jdbc.sql("select concat(kind, ' ', subject) from notification where recipient_id = ?").param(recipient)
                .query(String.class).list();
    }

    private static String date(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK).format(date);
    }
}
