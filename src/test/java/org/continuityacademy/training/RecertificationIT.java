package org.continuityacademy.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.TestRecords;
import org.continuityacademy.base.time.AwkwardDates;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.catalogue.ModuleVersionReleased;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refresher assignments for expiring completions, and re-training after a new major version, on awkward dates, with
 * the organisation in Europe/Berlin: a refresher is due on the day the completion expires there. The sweeps also
 * give refreshers to the demo people whose completions expire near the pinned date; each test removes the
 * assignments it made, so that no later suite finds them.
 */
@IntegrationTest
@ParameterizedClass
@MethodSource("org.continuityacademy.base.time.AwkwardDates#moments")
class RecertificationIT {

    static final String EVERYONE = "itscm-for-everyone";

    /** When the suite runs: null for today, else one of the awkward dates. */
    @Parameter
    @Nullable
    Instant moment;

    @Autowired
    Recertification recertification;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    TestRecords records;
    Instant now;

    @BeforeEach
    void pinTheClock() {
        AwkwardDates.pin(clock, moment);
        clock.setZone(AwkwardDates.EUROPE);
        now = clock.instant();
        records = new TestRecords(jdbc, clock);
    }

    /** The sweeps and re-training write with the pinned time: take back what they made, for anyone. */
    @AfterEach
    void removeWhatTheTestAssigned() {
        jdbc.sql("delete from training_assignment where origin in ('REFRESHER', 'RETRAINING') and assigned_by = 'system' and assigned_at >= ?")
                .param(TestRecords.utc(now)).update();
    }

    @Test
    void a_completion_expiring_within_the_window_gets_one_refresher_due_on_its_expiry_and_only_if_still_required() {
        long soon = records.employee("Sam", "Soon", null);
        long later = records.employee("Lou", "Later", null);
        long noRole = records.employee("Nat", "Norole", null);
        long busy = records.employee("Opal", "Open", null);
        Instant expiry = now.plus(Duration.ofDays(10));
        // Opal is taking the module already (a campaign's assignment, open): no refresher beside it
        records.completion(busy, EVERYONE, now.minus(Duration.ofDays(355)), expiry);
        records.assignment(busy, EVERYONE, now.minus(Duration.ofDays(2)), LocalDate.now(clock).plusDays(20));
        records.completion(soon, EVERYONE, now.minus(Duration.ofDays(355)), expiry);
        records.completion(later, EVERYONE, now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(60)));
        // Incident Commander training, but Nat holds no such role any more
        records.completion(noRole, "role-incident-commander", now.minus(Duration.ofDays(355)), expiry);

        recertification.sweep();
        recertification.sweep();

        assertThat(refreshers(soon)).isEqualTo(1);
        assertThat(jdbc.sql("select due_on from training_assignment where employee_id = ? and origin = 'REFRESHER'").param(soon)
                .query(java.sql.Date.class).single().toLocalDate()).isEqualTo(LocalDate.ofInstant(expiry, AwkwardDates.EUROPE));
        assertThat(refreshers(later)).isZero();
        assertThat(refreshers(noRole)).isZero();
        assertThat(refreshers(busy)).isZero();
    }

    @Test
    void a_new_major_version_re_trains_holders_of_older_completions_and_nobody_else() {
        long older = records.employee("Olive", "Older", null);
        long current = records.employee("Cora", "Current", null);
        long none = records.employee("Nora", "None", null);
        long busy = records.employee("Olga", "Open", null);
        long busyCompletion = records.completion(busy, EVERYONE, now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(265)));
        jdbc.sql("update training_completion set module_major = 0 where id = ?").param(busyCompletion).update();
        records.assignment(busy, EVERYONE, now.minus(Duration.ofDays(2)), LocalDate.now(clock).plusDays(20));
        long oldCompletion = records.completion(older, EVERYONE, now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(265)));
        jdbc.sql("update training_completion set module_major = 0 where id = ?").param(oldCompletion).update();
        records.completion(current, EVERYONE, now.minus(Duration.ofDays(5)), now.plus(Duration.ofDays(360)));

        recertification.retrain(EVERYONE, "1.0.0");

        assertThat(retraining(older)).isEqualTo(1);
        assertThat(jdbc.sql("select due_on from training_assignment where employee_id = ? and origin = 'RETRAINING'").param(older)
                .query(java.sql.Date.class).single().toLocalDate()).as("due 30 days after the organisation's today")
                .isEqualTo(LocalDate.now(clock).plusDays(30));
        assertThat(retraining(current)).isZero();
        assertThat(retraining(none)).isZero();
        assertThat(retraining(busy)).isZero();
    }

    @Test
    void the_catalogue_announcing_a_major_version_starts_the_re_training() {
        long older = records.employee("Omar", "Older", null);
        long oldCompletion = records.completion(older, EVERYONE, now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(265)));
        jdbc.sql("update training_completion set module_major = 0 where id = ?").param(oldCompletion).update();

        transaction.executeWithoutResult(s -> events.publishEvent(new ModuleVersionReleased(EVERYONE, 1, "1.0.0", "0.9.0", true)));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> retraining(older) == 1);
    }

    @Test
    void a_correction_marked_retrain_re_trains_holders_of_any_older_version_as_a_major_version_does() {
        // a correction released as the served version (1.1.x) re-trains holders of 1.0.x and older majors
        long older = records.employee("Pia", "Patchless", null);
        long current = records.employee("Quinn", "Corrected", null);
        long olderMajor = records.employee("Rhea", "Oldmajor", null);
        long busy = records.employee("Sol", "Open", null);
        long oldCompletion = records.completion(older, EVERYONE, now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(265)));
        jdbc.sql("update training_completion set module_version = '1.0.7' where id = ?").param(oldCompletion).update();
        records.completion(current, EVERYONE, now.minus(Duration.ofDays(5)), now.plus(Duration.ofDays(360)));
        long majorCompletion = records.completion(olderMajor, EVERYONE, now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(265)));
        jdbc.sql("update training_completion set module_major = 0, module_version = '0.9.0' where id = ?").param(majorCompletion).update();
        long busyCompletion = records.completion(busy, EVERYONE, now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(265)));
        jdbc.sql("update training_completion set module_version = '1.0.0' where id = ?").param(busyCompletion).update();
        records.assignment(busy, EVERYONE, now.minus(Duration.ofDays(2)), LocalDate.now(clock).plusDays(20));
        String version = jdbc.sql("""
                select v.version from training_module m join training_module_version v on v.id = m.current_version_id
                where m.module_id = ?""").param(EVERYONE).query(String.class).single();
        assertThat(version).as("the served version this test corrects").startsWith("1.").isNotEqualTo("1.0.7");

        transaction.executeWithoutResult(s -> events.publishEvent(new ModuleVersionReleased(EVERYONE, 1, version, "1.0.7", false,
                true, "The fallback number was wrong")));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> retraining(older) == 1 && retraining(olderMajor) == 1);
        assertThat(jdbc.sql("select reason from training_assignment where employee_id = ? and origin = 'RETRAINING'").param(older)
                .query(String.class).single()).isEqualTo("Version " + version + " of the module corrects what it taught before: The fallback"
                + " number was wrong");
        assertThat(jdbc.sql("select due_on from training_assignment where employee_id = ? and origin = 'RETRAINING'").param(older)
                .query(java.sql.Date.class).single().toLocalDate()).as("due as after a major version")
                .isEqualTo(LocalDate.now(clock).plusDays(30));
        assertThat(retraining(current)).isZero();
        assertThat(retraining(busy)).isZero();
    }

    private int refreshers(long employee) {
        return jdbc.sql("select count(*) from training_assignment where employee_id = ? and origin = 'REFRESHER'").param(employee)
                .query(Integer.class).single();
    }

    private int retraining(long employee) {
        return jdbc.sql("select count(*) from training_assignment where employee_id = ? and origin = 'RETRAINING'").param(employee)
                .query(Integer.class).single();
    }
}
