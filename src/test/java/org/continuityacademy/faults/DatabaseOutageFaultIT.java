package org.continuityacademy.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuityacademy.benchmark.VaadinHttpSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The MariaDB server stopped for 30 seconds ({@code -Dfaults.db-outage}) while learners answer quizzes (over HTTP, as
 * their browsers do) and a campaign launch runs: health says DOWN, a learner who submits is told to try again in a
 * minute and one who opens a page gets the "try again" page, and when the server is back the same node (no restart)
 * answers again, the launch completes with every row once, and every answer the app had confirmed is in the database.
 */
@Tag("faults")
class DatabaseOutageFaultIT {

    static final String TEST = "database stopped";
    static final int PEOPLE = Integer.getInteger("faults.outage-people", 30_000);
    static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("faults.db-outage", 30));
    static final String MODULE = "the-continuity-plan";
    static final String CAMPAIGN_MODULE = "itscm-for-everyone";
    static final String PASSWORD = "learner-password";
    /** Words of the notification after a click, and of the page that could not open, while the database is away. */
    static final String TRY_AGAIN = "cannot reach its database just now";

    @Test
    void learners_are_told_to_try_again_health_is_down_and_everything_confirmed_is_kept() throws Exception {
        FaultTests.requireMariaDbServer();
        try (var db = MariaDbServer.start(AppNode.OUTPUT.resolve("db"))) {
            JdbcClient jdbc = db.jdbc();
            var node = new AppNode("db-outage-1", db, Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(Ports.free())), List.of());
            try (node; var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                node.startAndAwaitUp();
                var fixtures = new Fixtures(jdbc);
                fixtures.employees("D", PEOPLE);
                List<String> usernames = fixtures.learners("learner", 16, PASSWORD, MODULE);
                long campaign = fixtures.campaign("Launch while the database restarts", CAMPAIGN_MODULE);
                Map<String, String> confirmed = new ConcurrentHashMap<>();

                // before: five learners take the quiz
                for (String username : usernames.subList(0, 5)) {
                    var learner = new Learner(node, username);
                    learner.signIn();
                    learner.openQuiz();
                    learner.answer();
                    confirmed.put(username, learner.submit().result());
                }
                // five more have answered every question and are about to submit; one has My training open
                List<Learner> aboutToSubmit = new ArrayList<>();
                for (String username : usernames.subList(5, 10)) {
                    var learner = new Learner(node, username);
                    learner.signIn();
                    learner.openQuiz();
                    learner.answer();
                    aboutToSubmit.add(learner);
                }
                var browsing = new Learner(node, usernames.get(10));
                browsing.signIn();

                try (var quartz = new QuartzClient(db)) {
                    quartz.runCampaignNow(campaign, Instant.now().truncatedTo(ChronoUnit.SECONDS));
                }
                await("the launch under way").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                        .until(() -> processed(jdbc, campaign) >= PEOPLE / 10);

                int processedAtStop = processed(jdbc, campaign);
                db.stop();
                long stopped = System.nanoTime();
                // the last five come to sign in while the database is away, and keep trying
                AtomicInteger refusedSignIns = new AtomicInteger();
                java.util.Set<String> refusals = ConcurrentHashMap.newKeySet();
                List<Future<?>> latecomers = new ArrayList<>();
                for (String username : usernames.subList(11, 16)) {
                    latecomers.add(threads.submit(() -> {
                        var learner = new Learner(node, username);
                        await(username + " signed in").atMost(OUTAGE.plusMinutes(3)).pollInterval(Duration.ofSeconds(2))
                                .until(() -> {
                                    try {
                                        learner.signIn();
                                        return true;
                                    } catch (IllegalStateException | java.io.IOException refused) {
                                        refusedSignIns.incrementAndGet();
                                        refusals.add(String.valueOf(refused.getMessage()).replaceAll("^Login of \\S+ failed: ", ""));
                                        return false;
                                    }
                                });
                        learner.openQuiz();
                        learner.answer();
                        confirmed.put(username, learner.submit().result());
                        return null;
                    }));
                }

                await("health DOWN").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                        .until(() -> node.health().statusCode() == 503);
                double down = (System.nanoTime() - stopped) / 1e9;
                // all at once, as people would (each waits for a connection up to the pool's time-out)
                List<Future<String>> submits = new ArrayList<>();
                for (var learner : aboutToSubmit) {
                    submits.add(threads.submit(() -> learner.submit().page()));
                }
                Future<String> opened = threads.submit(() -> browsing.navigate("learn/" + MODULE + "/quiz"));
                // the database stays away for the whole outage (health DOWN all along), while the learners wait for their answers
                long remaining = OUTAGE.toMillis() - (System.nanoTime() - stopped) / 1_000_000;
                if (remaining > 0) {
                    await("DOWN for the whole outage").during(Duration.ofMillis(remaining)).atMost(Duration.ofMillis(remaining + 30_000))
                            .pollInterval(Duration.ofSeconds(1)).until(() -> node.health().statusCode() == 503);
                }
                List<String> submitAnswers = new ArrayList<>();
                for (var submit : submits) {
                    submitAnswers.add(submit.get());
                }
                String page = opened.get();
                assertThat(submitAnswers).as("what a learner who submits is told").allSatisfy(text -> assertThat(text).contains(TRY_AGAIN)
                        .doesNotContain("You passed").doesNotContain("Not passed this time"));
                assertThat(page).as("the page a learner opens").contains(TRY_AGAIN).contains("Try again");

                double outage = (System.nanoTime() - stopped) / 1e9;
                db.start();
                long restarted = System.nanoTime();
                await("health UP again").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                        .ignoreExceptions().until(() -> node.health().statusCode() == 200);
                double up = (System.nanoTime() - restarted) / 1e9;
                assertThat(node.alive()).as("the same node, never restarted").isTrue();
                for (var learner : aboutToSubmit) {
                    confirmed.put(learner.username, learner.submit().result());
                }
                browsing.openQuiz();
                browsing.answer();
                confirmed.put(browsing.username, browsing.submit().result());
                for (Future<?> latecomer : latecomers) {
                    latecomer.get();
                }
                await("the launch done").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> "DONE".equals(jdbc.sql("select max(status) from campaign_run where campaign_id = ?").param(campaign)
                                .query(String.class).optional().orElse("")));

                var run = jdbc.sql("select audience_size, processed, assigned from campaign_run where campaign_id = ?").param(campaign).query().singleRow();
                int audience = PEOPLE + usernames.size();
                var submitted = jdbc.sql("""
                        select a.username, q.status from quiz_attempt q join account a on a.employee_id = q.employee_id
                        where q.module_id = ? and q.submitted_at is not null
                        """).param(MODULE).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
                Figures.print(TEST, "stopped the database for %.0f s at %,d of %,d people launched; health DOWN after %.1f s, UP %.1f s after it "
                                + "answered again, same node (pid %d); %d submits during the outage told to try again, %d sign-ins refused meanwhile (%s); "
                                + "launch: then DONE %s, %,d enrolments, %,d pairs twice; quiz answers confirmed %d, "
                                + "in the database %d",
                        outage, processedAtStop, audience, down, up, node.pid(), submitAnswers.size(), refusedSignIns.get(), refusals,
                        run, CampaignLaunchFaultIT.enrolments(jdbc, campaign), CampaignLaunchFaultIT.enrolledTwice(jdbc, campaign),
                        confirmed.size(), submitted.size());

                assertThat(refusals).as("what a sign-in during the outage answered").isNotEmpty()
                        .allSatisfy(answer -> assertThat(answer).endsWith("/login?error&unavailable"));
                assertThat(run).containsEntry("audience_size", audience).containsEntry("processed", audience).containsEntry("assigned", audience);
                assertThat(CampaignLaunchFaultIT.enrolments(jdbc, campaign)).isEqualTo(audience);
                assertThat(CampaignLaunchFaultIT.enrolledTwice(jdbc, campaign)).isZero();
                assertThat(CampaignLaunchFaultIT.assignments(jdbc, campaign)).isEqualTo(audience);
                assertThat(CampaignLaunchFaultIT.assignedTwice(jdbc, campaign)).isZero();
                assertThat(confirmed).as("every learner got a result").hasSize(usernames.size());
                assertThat(submitted).as("each confirmed answer is in the database, once, with the result the learner saw")
                        .containsExactlyInAnyOrderElementsOf(confirmed.entrySet());
            }
        }
    }

    private static int processed(JdbcClient jdbc, long campaign) {
        return jdbc.sql("select coalesce(max(processed), 0) from campaign_run where campaign_id = ?").param(campaign).query(Integer.class).single();
    }

    /** One learner's browser, over HTTP: signs in, opens the quiz, answers every question (the first option), submits. */
    static final class Learner {

        final String username;
        private final VaadinHttpSession session;
        private VaadinHttpSession.Uidl quiz;
        private int submitButton = -1;

        Learner(AppNode node, String username) {
            this.username = username;
            this.session = new VaadinHttpSession(VaadinHttpSession.client(), node.base());
        }

        void signIn() throws Exception {
            session.login(username, PASSWORD);
            session.loadPage("");
            session.init("");
        }

        void openQuiz() throws Exception {
            quiz = session.navigate("learn/" + MODULE + "/quiz");
            submitButton = quiz.button("Submit answers");
            if (submitButton < 0) {
                throw new IllegalStateException(username + ": the quiz has no submit button: " + quiz.allText());
            }
        }

        /** The texts of the page after navigating there. */
        String navigate(String route) throws Exception {
            return session.navigate(route).allText();
        }

        void answer() throws Exception {
            for (int group : quiz.components("RadioButtonGroup")) {
                session.setValue(group, quiz.firstOptionValue(group));
            }
            for (int group : quiz.components("CheckboxGroup")) {
                session.setValue(group, List.of(quiz.firstOptionValue(group)));
            }
        }

        Submitted submit() throws Exception {
            return new Submitted(username, session.click(submitButton).allText());
        }
    }

    /** What the learner saw after submitting. */
    record Submitted(String username, String page) {

        /** PASSED or FAILED, as the page said; a page without a result fails the test. */
        String result() {
            if (page.contains("You passed")) {
                return "PASSED";
            }
            if (page.contains("Not passed this time")) {
                return "FAILED";
            }
            throw new AssertionError(username + " got no result after submitting: " + page);
        }
    }
}
