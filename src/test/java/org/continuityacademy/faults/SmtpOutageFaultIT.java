package org.continuityacademy.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.continuityacademy.benchmark.VaadinHttpSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mail server away while the daily reminder sweep writes its e-mails: they wait in the outbox and are tried again
 * with a growing back-off, the administrator's outbox view shows the backlog and the mail server's error, the app stays
 * UP, and once the server is back every e-mail arrives exactly once.
 * <p>
 * The outage lasts {@code -Dfaults.smtp-outage} (default 60 s; the issue's 10 minutes with {@code -Dfaults.smtp-outage=10m}),
 * and the back-off is the app's own setting, here {@code -Dfaults.retry-first} (2 s) doubling up to {@code -Dfaults.retry-max}
 * (16 s) instead of the production 1 minute to 1 hour, so the test sees several attempts of each e-mail in a short run.
 */
@Tag("faults")
class SmtpOutageFaultIT {

    static final String TEST = "mail server away";
    static final int PEOPLE = Integer.getInteger("faults.reminder-people", 400);
    static final Duration OUTAGE = Duration.parse("PT" + System.getProperty("faults.smtp-outage", "60s").toUpperCase());
    static final Duration RETRY_FIRST = Duration.parse("PT" + System.getProperty("faults.retry-first", "2s").toUpperCase());
    static final Duration RETRY_MAX = Duration.parse("PT" + System.getProperty("faults.retry-max", "16s").toUpperCase());
    static final String ADMIN_PASSWORD = "faults-administrator-passphrase";

    @Test
    void reminders_written_while_the_mail_server_is_away_wait_retry_with_back_off_and_arrive_once() throws Exception {
        FaultTests.requireMariaDbServer();
        try (var db = MariaDbServer.start(AppNode.OUTPUT.resolve("db")); var smtp = new SmtpServer()) {
            JdbcClient jdbc = db.jdbc();
            // the mail server is away from the start: the sweep's e-mails meet it down
            var node = new AppNode("smtp-1", db, Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(smtp.port),
                    "ADMIN_USERNAME", "admin", "ADMIN_PASSWORD", ADMIN_PASSWORD, "MAIL_DISPATCH_EVERY", "1s",
                    "MAIL_RETRY_FIRST", RETRY_FIRST.toSeconds() + "s", "MAIL_RETRY_MAX", RETRY_MAX.toSeconds() + "s", "MAIL_LEASE", "30s"),
                    List.of());
            try (node) {
                node.startAndAwaitUp();
                var fixtures = new Fixtures(jdbc);
                long first = fixtures.employees("R", PEOPLE);
                fixtures.dueToday(first, PEOPLE, "itscm-for-everyone");
                long outageStarted = System.nanoTime();
                try (var quartz = new QuartzClient(db)) {
                    quartz.fireNow("reminder-sweep", "campaigns");
                }
                await("the sweep's reminders in the outbox").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                        .until(() -> reminders(jdbc) == PEOPLE);
                long watched = jdbc.sql("select min(id) from notification where kind = 'REMINDER'").query(Long.class).single();

                // while the server is away: one e-mail's attempts and the waits between them
                Map<Integer, Attempt> attempts = new TreeMap<>();
                boolean[] adminSawIt = {false};
                String[] adminPage = {""};
                // sampling the watched row until the outage is over (the condition is the time; the samples are the point)
                await("the outage").atMost(OUTAGE.plusSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    attempt(jdbc, watched).ifPresent(a -> attempts.putIfAbsent(a.attempts(), a));
                    if (!adminSawIt[0] && attempts.size() >= 3) {
                        assertThat(node.health().statusCode()).as("the app is UP without its mail server").isEqualTo(200);
                        adminPage[0] = outboxAsTheAdministratorSeesIt(node, jdbc);
                        adminSawIt[0] = true;
                    }
                    return System.nanoTime() - outageStarted >= OUTAGE.toNanos();
                });
                assertThat(smtp.messages()).as("nothing can arrive while the server is away").isZero();
                assertThat(jdbc.sql("select count(*) from notification where kind = 'REMINDER' and status in ('PENDING', 'SENDING')")
                        .query(Integer.class).single()).as("every reminder waits (or is being tried)").isEqualTo(PEOPLE);
                var waits = waits(attempts);
                var perEmail = jdbc.sql("select min(attempts) as fewest, max(attempts) as most, avg(attempts) as mean from notification where kind = 'REMINDER'")
                        .query().singleRow();
                String lastError = jdbc.sql("select last_error from notification where id = ?").param(watched).query(String.class).single();
                Figures.print(TEST, "%,d reminders written while the server was away for %d s; attempts per e-mail during the outage %s; "
                                + "e-mail %d: waits after each failed attempt %s s (retry-first %d s, retry-max %d s); last error: %s",
                        PEOPLE, OUTAGE.toSeconds(), perEmail, watched, waits, RETRY_FIRST.toSeconds(), RETRY_MAX.toSeconds(), lastError);
                assertThat(adminSawIt[0]).as("the administrator looked at the outbox during the outage").isTrue();
                assertThat(adminPage[0]).as("the administrator's outbox view during the outage")
                        .contains("Latest error").contains("Connection refused").contains(String.format(java.util.Locale.UK, "%,d", PEOPLE));

                // the waits double from retry-first up to retry-max
                assertThat(waits).as("waits after attempts 1, 2, 3 … (s)").hasSizeGreaterThanOrEqualTo(3);
                for (int i = 0; i < waits.size(); i++) {
                    long expected = Math.min(RETRY_FIRST.toSeconds() << i, RETRY_MAX.toSeconds());
                    assertThat(waits.get(i)).as("the wait after attempt " + (i + 1)).isBetween((double) expected, expected + 3.0);
                }

                smtp.start();
                long back = System.nanoTime();
                await("every reminder delivered").atMost(RETRY_MAX.plus(Duration.ofMinutes(3))).pollInterval(Duration.ofMillis(500))
                        .until(() -> smtp.received().size() == PEOPLE);
                double drained = (System.nanoTime() - back) / 1e9;
                await("nothing more arrives").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                        .until(() -> smtp.messages() == PEOPLE);
                int sentRows = jdbc.sql("select count(*) from notification where kind = 'REMINDER' and status = 'SENT'").query(Integer.class).single();
                Figures.print(TEST, "server back: all %,d delivered %.1f s later; messages received %,d, distinct %,d, duplicates %d; rows SENT %,d",
                        PEOPLE, drained, smtp.messages(), smtp.received().size(), smtp.duplicates(), sentRows);
                assertThat(smtp.duplicates()).as("no e-mail arrives twice").isZero();
                assertThat(sentRows).isEqualTo(PEOPLE);
                assertThat(smtp.received().keySet()).as("one e-mail per reminder, by its Message-ID")
                        .containsExactlyInAnyOrderElementsOf(jdbc.sql("select concat('<notification-', id, '@continuity-academy>') from notification where kind = 'REMINDER'")
                                .query(String.class).list());
            }
        }
    }

    record Attempt(int attempts, LocalDateTime lastAttemptAt, LocalDateTime nextAttemptAt, String status) {
    }

    private static int reminders(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from notification where kind = 'REMINDER'").query(Integer.class).single();
    }

    /** The watched e-mail once an attempt has failed and it waits again (PENDING, attempts ≥ 1). */
    private static java.util.Optional<Attempt> attempt(JdbcClient jdbc, long id) {
        return jdbc.sql("select attempts, last_attempt_at, next_attempt_at, status from notification where id = ? and status = 'PENDING' and attempts > 0")
                .param(id).query((rs, n) -> new Attempt(rs.getInt(1), rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDateTime.class),
                        rs.getString(4))).optional();
    }

    /** For each failed attempt seen in turn, the wait (s) from its start to the next attempt it was given. */
    private static List<Double> waits(Map<Integer, Attempt> attempts) {
        List<Double> waits = new ArrayList<>();
        int expected = 1;
        for (var entry : attempts.entrySet()) {
            if (entry.getKey() != expected) {
                break; // an attempt not seen (sampled too late): stop at a gap
            }
            Attempt a = entry.getValue();
            waits.add(Math.round(Duration.between(a.lastAttemptAt(), a.nextAttemptAt()).toMillis() / 100.0) / 10.0);
            expected++;
        }
        return waits;
    }

    /** The administrator signs in and opens the E-mail outbox (over HTTP, as a browser does); the page's texts. */
    private static String outboxAsTheAdministratorSeesIt(AppNode node, JdbcClient jdbc) throws Exception {
        // ADMIN_PASSWORD is one given to the administrator, to be replaced at the first sign-in: as if they had chosen it
        jdbc.sql("update account set password_change_required = false where username = 'admin'").update();
        var session = new VaadinHttpSession(VaadinHttpSession.client(), node.base());
        session.login("admin", ADMIN_PASSWORD);
        session.loadPage("admin/outbox");
        session.init("admin/outbox");
        return session.navigate("admin/outbox").allText();
    }
}
