package org.continuityacademy.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A campaign launch to 100,000 people, with the node running it killed ({@code kill -9}) at about 10 %, 50 % and 90 % of
 * the audience and started again each time: Quartz recovers the launch for its own fire time on the new node, the launcher
 * carries on, and in the end every person has each module's enrolment and assignment exactly once.
 */
@Tag("faults")
class CampaignLaunchFaultIT {

    static final String TEST = "launch killed";
    static final int PEOPLE = Integer.getInteger("faults.people", 100_000);
    static final List<String> MODULES = List.of("itscm-for-everyone", "the-continuity-plan");

    @Test
    void a_launch_killed_three_times_completes_after_each_restart_with_every_row_once() throws Exception {
        FaultTests.requireMariaDbServer();
        long started = System.nanoTime();
        try (var db = MariaDbServer.start(AppNode.OUTPUT.resolve("db"))) {
            JdbcClient jdbc = db.jdbc();
            int generation = 1;
            var node = node(db, generation).startAndAwaitUp();
            try {
                var fixtures = new Fixtures(jdbc);
                fixtures.employees("L", PEOPLE);
                long campaign = fixtures.campaign("Launch under fire", MODULES.toArray(String[]::new));
                Instant fire = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                try (var quartz = new QuartzClient(db)) {
                    quartz.runCampaignNow(campaign, fire);
                }
                for (int percent : List.of(10, 50, 90)) {
                    int threshold = PEOPLE * percent / 100;
                    await("the launch at " + percent + " %").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                            .until(() -> processed(jdbc, campaign) >= threshold);
                    node.kill();
                    Figures.print(TEST, "killed %s (pid %d) at %d %% (run shows %,d of %,d people processed): %,d enrolments, %,d assignments, "
                                    + "%,d pairs enrolled twice, %,d assigned twice", node.name, node.pid(), percent, processed(jdbc, campaign),
                            PEOPLE, enrolments(jdbc, campaign), assignments(jdbc, campaign), enrolledTwice(jdbc, campaign),
                            assignedTwice(jdbc, campaign));
                    node = node(db, ++generation).startAndAwaitUp();
                }
                await("the launch done").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> "DONE".equals(status(jdbc, campaign)));

                int pairs = PEOPLE * MODULES.size();
                var run = jdbc.sql("select audience_size, processed, assigned, skipped_current, already_open from campaign_run where campaign_id = ?")
                        .param(campaign).query().singleRow();
                Figures.print(TEST, "after %d starts: run DONE, %s; %,d enrolments, %,d assignments, %,d pairs enrolled twice, %,d assigned twice; "
                                + "%.0f s in all", generation, run, enrolments(jdbc, campaign), assignments(jdbc, campaign),
                        enrolledTwice(jdbc, campaign), assignedTwice(jdbc, campaign), (System.nanoTime() - started) / 1e9);
                assertThat(jdbc.sql("select count(*) from campaign_run where campaign_id = ?").param(campaign).query(Integer.class).single())
                        .as("one run for the fire time").isEqualTo(1);
                assertThat(run).containsEntry("audience_size", PEOPLE).containsEntry("processed", PEOPLE)
                        .containsEntry("assigned", pairs).containsEntry("skipped_current", 0).containsEntry("already_open", 0);
                assertThat(enrolments(jdbc, campaign)).isEqualTo(pairs);
                assertThat(enrolledTwice(jdbc, campaign)).isZero();
                assertThat(count(jdbc, "select count(*) from campaign_enrolment where campaign_id = ? and outcome = 'ASSIGNED'", campaign))
                        .isEqualTo(pairs);
                assertThat(assignments(jdbc, campaign)).isEqualTo(pairs);
                assertThat(assignedTwice(jdbc, campaign)).isZero();
                assertThat(count(jdbc, """
                        select count(*) from campaign_enrolment en
                        join training_assignment ta on ta.id = en.assignment_id and ta.employee_id = en.employee_id and ta.module_id = en.module_id
                        where en.campaign_id = ?
                        """, campaign)).as("every enrolment names its own assignment").isEqualTo(pairs);
                assertThat(count(jdbc, """
                        select count(*) from training_assignment ta
                        where ta.origin = 'CAMPAIGN' and ta.origin_ref = concat('campaign:', ?)
                          and not exists (select 1 from campaign_enrolment en where en.assignment_id = ta.id)
                        """, campaign)).as("no assignment without its enrolment").isZero();
                assertThat(count(jdbc, "select count(distinct employee_id) from campaign_enrolment where campaign_id = ?", campaign))
                        .isEqualTo(PEOPLE);
            } finally {
                node.stop();
            }
        }
    }

    private static AppNode node(MariaDbServer db, int generation) {
        // SMTP nowhere: nothing is e-mailed about this campaign (it keeps quiet)
        return new AppNode("launch-" + generation, db, Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(Ports.free())), List.of());
    }

    private static int processed(JdbcClient jdbc, long campaign) {
        return jdbc.sql("select coalesce(max(processed), 0) from campaign_run where campaign_id = ?").param(campaign).query(Integer.class).single();
    }

    private static String status(JdbcClient jdbc, long campaign) {
        return jdbc.sql("select max(status) from campaign_run where campaign_id = ?").param(campaign).query(String.class).optional().orElse("");
    }

    static int enrolments(JdbcClient jdbc, long campaign) {
        return count(jdbc, "select count(*) from campaign_enrolment where campaign_id = ?", campaign);
    }

    static int assignments(JdbcClient jdbc, long campaign) {
        return count(jdbc, "select count(*) from training_assignment where origin = 'CAMPAIGN' and origin_ref = concat('campaign:', ?)", campaign);
    }

    static int enrolledTwice(JdbcClient jdbc, long campaign) {
        return count(jdbc, """
                select count(*) from (select employee_id, module_id from campaign_enrolment where campaign_id = ?
                                      group by employee_id, module_id having count(*) > 1) twice
                """, campaign);
    }

    static int assignedTwice(JdbcClient jdbc, long campaign) {
        return count(jdbc, """
                select count(*) from (select employee_id, module_id from training_assignment
                                      where origin = 'CAMPAIGN' and origin_ref = concat('campaign:', ?)
                                      group by employee_id, module_id having count(*) > 1) twice
                """, campaign);
    }

    static int count(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
