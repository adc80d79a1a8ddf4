package org.continuityacademy.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes draining a full outbox, and the node that is sending killed ({@code kill -9}) in the middle of a batch: the
 * e-mails it had claimed are sent by the other node once the claim's lease runs out, and the only copies are the e-mails
 * the killed node was handing over at that moment (each e-mail is marked sent before the next is handed over; the
 * dispatch job runs on one node of the cluster at a time, over one connection, so that is at most one).
 */
@Tag("faults")
class OutboxNodeKillFaultIT {

    static final String TEST = "node killed mid-drain";
    static final int EMAILS = Integer.getInteger("faults.outbox-emails", 5_000);
    static final int IN_FLIGHT_PER_NODE = 1;

    @Test
    void the_other_node_delivers_what_the_killed_node_had_claimed_with_at_most_the_e_mail_in_flight_twice() throws Exception {
        FaultTests.requireMariaDbServer();
        try (var db = MariaDbServer.start(AppNode.OUTPUT.resolve("db")); var smtp = new SmtpServer().start()) {
            JdbcClient jdbc = db.jdbc();
            Map<String, String> settings = Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(smtp.port),
                    "MAIL_DISPATCH_EVERY", "1s", "MAIL_LEASE", "15s");
            List<String> args = List.of();
            var a = new AppNode("outbox-a", db, settings, args);
            var b = new AppNode("outbox-b", db, settings, args);
            try (a; b) {
                a.startAndAwaitUp();
                b.startAndAwaitUp();
                var fixtures = new Fixtures(jdbc);
                long first = fixtures.employees("O", 500);
                long started = System.nanoTime();
                // written straight into the outbox in one statement: the nodes find them due at their next run
                fixtures.pendingEmails(first, 500, EMAILS / 500, "Drain");

                // kill the node running the dispatch job once about a third has gone out, in the middle of a batch of 50 (a few
                // of its e-mails handed over, the rest still claimed by it)
                String[] victim = new String[1];
                await("a node mid-drain").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(10)).until(() -> {
                    int received = smtp.messages();
                    if (received < EMAILS * 3 / 10 || received % 50 < 5 || received % 50 > 40) {
                        return false;
                    }
                    victim[0] = dispatching(jdbc).orElse(null);
                    return victim[0] != null && claimed(jdbc) > 0;
                });
                AppNode killed = victim[0].equals(a.name) ? a : b;
                AppNode survivor = killed == a ? b : a;
                killed.kill();
                int claimedAtKill = claimed(jdbc);
                int sentAtKill = count(jdbc, "select count(*) from notification where status = 'SENT'");
                int receivedAtKill = smtp.messages();
                Figures.print(TEST, "killed %s (pid %d) mid-drain: %,d of %,d e-mails marked sent, %,d received by the mail server, %,d claimed "
                                + "by the killed node (SENDING)", killed.name, killed.pid(), sentAtKill, EMAILS, receivedAtKill, claimedAtKill);
                assertThat(claimedAtKill).as("the killed node held claimed e-mails").isPositive();

                await("every e-mail delivered by " + survivor.name).atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                        .until(() -> smtp.received().size() == EMAILS);
                await("nothing more arrives").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                        .until(() -> count(jdbc, "select count(*) from notification where status <> 'SENT'") == 0);
                int sentAfter = count(jdbc, "select count(*) from notification where status = 'SENT'");
                int retaken = count(jdbc, "select count(*) from notification where attempts > 1");
                Figures.print(TEST, "after: %,d e-mails SENT, messages received %,d, distinct %,d, duplicates %d (in flight on the killed node "
                                + "at most %d), %,d e-mails claimed twice (the killed node's claims, sent by %s after the lease); %.0f s in all",
                        sentAfter, smtp.messages(), smtp.received().size(), smtp.duplicates(), IN_FLIGHT_PER_NODE, retaken, survivor.name,
                        (System.nanoTime() - started) / 1e9);
                assertThat(sentAfter).isEqualTo(EMAILS);
                assertThat(smtp.received()).as("every e-mail arrived").hasSize(EMAILS);
                assertThat(smtp.duplicates()).as("copies: at most the e-mail in flight on the killed node").isLessThanOrEqualTo(IN_FLIGHT_PER_NODE);
                assertThat(retaken).as("the killed node's claims were taken over").isGreaterThanOrEqualTo(claimedAtKill);
            }
        }
    }

    /** The node whose dispatch job is running now (Quartz's fired trigger names the instance), if any. */
    private static Optional<String> dispatching(JdbcClient jdbc) {
        return jdbc.sql("""
                select instance_name from QRTZ_FIRED_TRIGGERS
                where job_name = 'notification-dispatch' and job_group = 'notifications' and state = 'EXECUTING'
                """).query(String.class).optional();
    }

    private static int claimed(JdbcClient jdbc) {
        return count(jdbc, "select count(*) from notification where status = 'SENDING'");
    }

    private static int count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
