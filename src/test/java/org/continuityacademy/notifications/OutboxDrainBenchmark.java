package org.continuityacademy.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import java.util.HashSet;
import java.util.Locale;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.security.AppUserPrincipal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's drain rate, alone: {@value #MESSAGES} e-mails to one recipient (so that GreenMail's per-recipient mailbox
 * list does not bound it, see BENCHMARKS.md), sent by the dispatcher as its job calls it, with Quartz on standby so no
 * other job runs beside it. Prints messages per second for each of {@value #ROUNDS} rounds. Run with
 * {@code ./mvn.sh verify -Pbenchmark -Dtest=OutboxDrainBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
@Tag("benchmark")
class OutboxDrainBenchmark {

    static final int MESSAGES = Integer.getInteger("outbox.messages", 3000);
    static final int ROUNDS = Integer.getInteger("outbox.rounds", 3);

    @Autowired
    Notifications notifications;
    @Autowired
    Dispatcher dispatcher;
    @Autowired
    GreenMail greenMail;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Scheduler scheduler;

    @Test
    void drain_rate() throws Exception {
        long lena = ((AppUserPrincipal) users.loadUserByUsername("learner")).employeeId();
        String email = jdbc.sql("select email from employee where id = ?").param(lena).query(String.class).single();
        scheduler.standby();
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                String run = "outbox-bench-" + System.nanoTime();
                jdbc.sql("delete from notification where recipient_id = ?").param(lena).update();
                greenMail.purgeEmailFromAllMailboxes();
                transaction.executeWithoutResult(s -> {
                    for (int i = 0; i < MESSAGES; i++) {
                        notifications.notify(lena, email, NotificationKind.REMINDER, run + ":" + i, "Outbox benchmark " + i,
                                "Please read the module.", "learn/itscm-for-everyone");
                    }
                });
                long started = System.nanoTime();
                int sent = 0;
                while (sent < MESSAGES) {
                    int now = dispatcher.dispatchNow();
                    if (now == 0) {
                        break;
                    }
                    sent += now;
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                var ids = new HashSet<String>();
                int received = 0;
                for (var message : greenMail.getReceivedMessages()) {
                    if (subject(message).startsWith("Outbox benchmark ")) {
                        received++;
                        ids.add(message.getMessageID());
                    }
                }
                System.out.printf(Locale.ROOT, "[outbox-benchmark] round %d: %d e-mails in %.2f s, %.0f messages/s; received %d, distinct %d%n",
                        round, sent, seconds, sent / seconds, received, ids.size());
                assertThat(sent).isEqualTo(MESSAGES);
                assertThat(ids).hasSize(MESSAGES);
                assertThat(received).isEqualTo(MESSAGES);
            }
        } finally {
            jdbc.sql("delete from notification where recipient_id = ?").param(lena).update();
            scheduler.start();
        }
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
