package org.continuityacademy.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.security.AppUserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail) and MariaDB, as the demo learner Lena Novak and her
 * team lead Marcus Bell. Notifications are written without anyone signed in, as scheduled work does.
 * The 30-second dispatch job runs alongside: assertions look at what arrived and at the rows, not at
 * which dispatcher sent.
 */
@IntegrationTest
class NotificationsIT {

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
    @Autowired
    TestClock clock;
    @Autowired
    Outbox outbox;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    MailTemplate mailTemplate;
    @Autowired
    Messages messages;
    @Value("${academy.base-url}")
    String baseUrl;

    final String run = "notifications-it-" + System.nanoTime();
    long lena;
    String lenaEmail = "";
    long marcus;
    String marcusEmail = "";
    boolean smtpDown;

    @BeforeEach
    void startClean() throws Exception {
        lena = employeeOf("learner");
        lenaEmail = emailOf(lena);
        marcus = employeeOf("manager");
        marcusEmail = emailOf(marcus);
        deleteTheirNotifications();
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void cleanUp() {
        if (smtpDown) {
            greenMail.start();
        }
        deleteTheirNotifications();
    }

    @Test
    void a_notification_written_in_a_rolled_back_transaction_is_never_sent() throws Exception {
        String subject = "Rolled back " + run;
        transaction.executeWithoutResult(status -> {
            assertThat(notifyLena("rollback", subject)).isTrue();
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from notification where subject = ?").param(subject).query(Integer.class).single())
                .isZero();
        dispatcher.dispatchNow();
        // nothing arrives, also not from the dispatch job running beside the test
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> received(subject).isEmpty());
    }

    @Test
    void a_notification_is_e_mailed_once_with_its_outbox_id_in_the_message_id() throws Exception {
        String subject = "Training assigned " + run;
        assertThat(inTransaction(() -> notifyLena("sent-once", subject))).isTrue();
        long id = idOf(subject);

        dispatcher.dispatchNow();
        awaitReceived(subject);
        dispatcher.dispatchNow();
        // and no second copy comes after it
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> received(subject).size() == 1);

        List<MimeMessage> messages = received(subject);
        assertThat(messages).hasSize(1);
        MimeMessage mail = messages.getFirst();
        assertThat(mail.getMessageID()).isEqualTo("<notification-" + id + "@continuity-academy>");
        assertThat(mail.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly(lenaEmail);
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("continuity-academy@localhost");
        assertThat(GreenMailUtil.getBody(mail)).contains("Please read the module.").contains(baseUrl + "/learn/itscm-for-everyone");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");

        var row = settled(id);
        assertThat(row.status()).isEqualTo("SENT");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.sentAt()).isNotNull();
        assertThat(row.lastError()).isNull();
    }

    @Test
    void a_repeated_notification_on_the_same_day_creates_nothing_new() {
        String subject = "Reminder " + run;
        assertThat(inTransaction(() -> notifyLena("repeat", subject))).isTrue();
        assertThat(inTransaction(() -> notifyLena("repeat", subject + " (again)"))).isFalse();

        // the repeat leaves the caller's transaction usable: its other work commits
        transaction.executeWithoutResult(status -> {
            assertThat(notifyLena("repeat", subject + " (once more)")).isFalse();
            assertThat(notifyLena("repeat-other", subject + " (other subject)")).isTrue();
        });

        assertThat(jdbc.sql("select subject from notification where recipient_id = ? order by id").param(lena)
                .query(String.class).list())
                .containsExactly(subject, subject + " (other subject)");
    }

    @Test
    void the_same_notification_on_the_organisations_next_day_is_written_again_though_utc_has_the_same_day() {
        clock.setZone(java.time.ZoneId.of("Pacific/Auckland"));
        // 23:30 on 1 March in Auckland is 10:30 UTC on 1 March; an hour later it is 2 March there, still 1 March in UTC
        clock.set(Instant.parse("2027-03-01T10:30:00Z"));
        String subject = "Daily " + run;
        assertThat(inTransaction(() -> notifyLena("daily", subject))).isTrue();
        clock.advance(Duration.ofMinutes(20));
        assertThat(inTransaction(() -> notifyLena("daily", subject))).as("the same Auckland day").isFalse();
        clock.advance(Duration.ofMinutes(40));
        assertThat(inTransaction(() -> notifyLena("daily", subject))).as("midnight has passed in Auckland").isTrue();

        assertThat(jdbc.sql("select dedupe_key from notification where recipient_id = ? order by id").param(lena).query(String.class).list())
                .extracting(k -> k.substring(k.lastIndexOf(':') + 1)).containsExactly("2027-03-01", "2027-03-02");
    }

    @Test
    void two_writers_of_the_same_notification_at_the_same_moment_make_one() throws Exception {
        String subject = "Race " + run;
        var firstWrote = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = Executors.newSingleThreadExecutor();
        var second = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> a = first.submit(() -> transaction.execute(status -> {
                boolean wrote = notifyLena("race", subject);
                firstWrote.countDown();
                awaitLatch(release);
                return wrote;
            }));
            assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
            // the second writer does not see the first's uncommitted row: its insert waits for the unique key
            Future<Boolean> b = second.submit(() -> transaction.execute(status -> {
                boolean wrote = notifyLena("race", subject + " (second)");
                notifyLena("race-other", subject + " (other)");
                return wrote;
            }));
            // the second writer waits on the unique key the first one holds
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'").query(Integer.class).single() > 0);
            release.countDown();

            assertThat(a.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(b.get(30, TimeUnit.SECONDS)).isFalse();
        } finally {
            release.countDown();
            first.shutdownNow();
            second.shutdownNow();
        }
        assertThat(jdbc.sql("select subject from notification where recipient_id = ? order by id").param(lena)
                .query(String.class).list())
                .as("the second writer's transaction carried on and committed its other work")
                .containsExactly(subject, subject + " (other)");
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void with_the_mail_server_down_the_e_mail_waits_and_is_sent_once_when_it_is_back() throws Exception {
        greenMail.stop();
        smtpDown = true;
        String subject = "Overdue " + run;
        inTransaction(() -> notifyLena("smtp-down", subject));
        long id = idOf(subject);

        dispatcher.dispatchNow();
        var waiting = settled(id);
        assertThat(waiting.status()).isEqualTo("PENDING");
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(secondsUntilNextAttempt(id)).as("back-off after the first failure").isBetween(50L, 61L);

        // the administrator sees the backlog and why
        OutboxStatus status = SignedIn.as(users, "admin", () -> notifications.outboxStatus());
        assertThat(status.waiting()).isPositive();
        assertThat(status.retried()).isPositive();
        assertThat(status.oldest()).isNotNull();
        assertThat(status.nextAttempt()).isNotNull();
        assertThat(status.lastError()).isNotNull();
        assertThat(status.lastError().message()).isNotBlank();
        assertThat(status.lastError().at()).isBeforeOrEqualTo(clock.instant());
        assertThatThrownBy(() -> SignedIn.as(users, "learner", () -> notifications.outboxStatus()))
                .isInstanceOf(AccessDeniedException.class);

        greenMail.start();
        smtpDown = false;
        dispatcher.dispatchNow();
        assertThat(received(subject)).as("not due yet").isEmpty();
        assertThat(row(id).status()).isEqualTo("PENDING");

        // a minute later (the outbox keeps the application clock's time)
        clock.advance(Duration.ofSeconds(61));
        dispatcher.dispatchNow();
        awaitReceived(subject);
        dispatcher.dispatchNow();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> received(subject).size() == 1);

        assertThat(received(subject)).hasSize(1)
                .first().extracting(m -> messageId(m)).isEqualTo("<notification-" + id + "@continuity-academy>");
        var sent = settled(id);
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(2);
    }

    @Test
    void each_e_mail_is_marked_sent_before_the_next_is_handed_over_so_a_node_that_stops_sends_at_most_one_again() throws Exception {
        String subject = "Crash " + run + " #";
        // the shared context's dispatch job must not take these first: paused before they are written, and any run of it
        // under way has ended
        scheduler.pauseJob(DispatchSchedule.JOB);
        try {
            await("no dispatch under way").atMost(Duration.ofSeconds(60)).until(() -> scheduler.getCurrentlyExecutingJobs().stream()
                    .noneMatch(job -> job.getJobDetail().getKey().equals(DispatchSchedule.JOB)));
            for (int i = 1; i <= 5; i++) {
                int n = i;
                inTransaction(() -> notifyLena("crash-" + n, subject + n));
            }
            // a dispatcher whose node stops right after the mail server has taken the third e-mail, before marking it
            var marks = new AtomicInteger();
            Outbox stopping = Mockito.spy(outbox);
            Mockito.doAnswer(call -> {
                Outbox.Claim claim = call.getArgument(0);
                if (claim.subject().startsWith(subject) && marks.incrementAndGet() == 3) {
                    throw new IllegalStateException("the node stopped");
                }
                return call.callRealMethod();
            }).when(stopping).sent(Mockito.any());
            var node = new Dispatcher(stopping, List.of(), mailSender, transaction, mailTemplate, messages, clock,
                    new Retries(Duration.ofMinutes(1), Duration.ofMinutes(60)), Duration.ofMinutes(10), "continuity-academy@localhost", baseUrl);
            assertThatThrownBy(node::dispatchNow).hasMessageContaining("the node stopped");
        } finally {
            scheduler.resumeJob(DispatchSchedule.JOB);
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> receivedStartingWith(subject).size() == 3);
        assertThat(statusOf(subject + 1)).isEqualTo("SENT");
        assertThat(statusOf(subject + 2)).isEqualTo("SENT");
        assertThat(statusOf(subject + 3)).as("taken by the server, not marked: in flight").isEqualTo("SENDING");
        assertThat(statusOf(subject + 4)).as("claimed, never handed over").isEqualTo("SENDING");
        assertThat(statusOf(subject + 5)).isEqualTo("SENDING");

        // after the claim's lease, another dispatcher sends what the stopped one had claimed
        clock.advance(Duration.ofMinutes(11));
        dispatcher.dispatchNow();
        await().atMost(Duration.ofSeconds(20)).until(() -> receivedStartingWith(subject).size() == 6);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> receivedStartingWith(subject).size() == 6);
        var copies = receivedStartingWith(subject).stream().collect(java.util.stream.Collectors.groupingBy(NotificationsIT::subjectOf,
                java.util.stream.Collectors.counting()));
        assertThat(copies).as("only the e-mail in flight when the node stopped arrives twice")
                .containsOnly(Map.entry(subject + 1, 1L), Map.entry(subject + 2, 1L), Map.entry(subject + 3, 2L),
                        Map.entry(subject + 4, 1L), Map.entry(subject + 5, 1L));
        for (int i = 1; i <= 5; i++) {
            assertThat(statusOf(subject + i)).isEqualTo("SENT");
        }
    }

    @Test
    void people_read_and_mark_only_their_own_notifications() {
        inTransaction(() -> notifications.notify(marcus, marcusEmail, NotificationKind.ESCALATION, run + ":escalation",
                "For Marcus " + run, "Lena's training is overdue.", null));
        long marcusNote = idOf("For Marcus " + run);
        inTransaction(() -> notifyLena("first", "First " + run));
        inTransaction(() -> notifyLena("second", "Second " + run));

        SignedIn.as(users, "learner", () -> {
            assertThat(notifications.mine(PageRequest.of(0, 50))).extracting(NotificationRow::subject)
                    .containsExactly("Second " + run, "First " + run);
            assertThat(notifications.unreadCount()).isEqualTo(2);
            assertThatThrownBy(() -> notifications.markRead(marcusNote)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notifications.markRead(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);

            notifications.markRead(idOf("First " + run));
            assertThat(notifications.unreadCount()).isEqualTo(1);
            assertThat(notifications.markAllRead()).isEqualTo(1);
            assertThat(notifications.unreadCount()).isZero();
            assertThat(notifications.mine(PageRequest.of(0, 50))).allSatisfy(n -> assertThat(n.unread()).isFalse());
            return null;
        });
        assertThat(row(marcusNote).readAt()).as("Lena's mark-all left Marcus's notification alone").isNull();

        SignedIn.as(users, "manager", () -> {
            assertThat(notifications.mine(PageRequest.of(0, 50))).extracting(NotificationRow::id).containsExactly(marcusNote);
            notifications.markRead(marcusNote);
            return null;
        });
        assertThat(row(marcusNote).readAt()).isNotNull();
    }

    @Test
    void a_notification_needs_the_callers_transaction_and_a_link_inside_the_app() {
        assertThatThrownBy(() -> notifyLena("no-transaction", "No transaction " + run))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> inTransaction(() -> notifications.notify(lena, lenaEmail, NotificationKind.DIGEST,
                run + ":elsewhere", "Elsewhere", "", "https://example.org/phish")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Notifications.appPath("/training/itscm-for-everyone")).isEqualTo("training/itscm-for-everyone");
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = ?").param(lena).query(Integer.class).single())
                .isZero();
    }

    @Test
    void the_dispatch_job_is_registered_in_the_clustered_store_and_sends_when_quartz_fires_it() throws Exception {
        var trigger = (SimpleTrigger) scheduler.getTrigger(TriggerKey.triggerKey("notification-dispatch", "notifications"));
        assertThat(trigger.getRepeatInterval()).isEqualTo(30_000);
        assertThat(trigger.getRepeatCount()).isEqualTo(SimpleTrigger.REPEAT_INDEFINITELY);
        var job = scheduler.getJobDetail(DispatchSchedule.JOB);
        assertThat(job.isConcurrentExecutionDisallowed()).isTrue();

        String subject = "Through Quartz " + run;
        inTransaction(() -> notifyLena("quartz", subject));
        scheduler.triggerJob(DispatchSchedule.JOB);
        awaitReceived(subject);

        assertThat(received(subject)).hasSize(1);
        assertThat(settled(idOf(subject)).status()).isEqualTo("SENT");
    }

    @Test
    void retries_wait_longer_each_time_up_to_an_hour() {
        var retries = new Retries(Duration.ofMinutes(1), Duration.ofMinutes(60));
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 20, 1000).stream().map(retries::after).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(new Retries(Duration.ofSeconds(1), Duration.ofSeconds(60)).after(4)).isEqualTo(Duration.ofSeconds(8));
        assertThatThrownBy(() -> new Retries(Duration.ofMinutes(5), Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }

    // --- helpers ---

    private boolean notifyLena(String key, String subject) {
        return notifications.notify(lena, lenaEmail, NotificationKind.ASSIGNED, run + ":" + key, subject,
                "Please read the module.", "learn/itscm-for-everyone");
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    private long employeeOf(String username) {
        Long id = ((AppUserPrincipal) users.loadUserByUsername(username)).employeeId();
        assertThat(id).isNotNull();
        return id;
    }

    private String emailOf(long employeeId) {
        return jdbc.sql("select email from employee where id = ?").param(employeeId).query(String.class).single();
    }

    private void deleteTheirNotifications() {
        jdbc.sql("delete from notification where recipient_id in (?, ?)").params(lena, marcus).update();
    }

    private long idOf(String subject) {
        return jdbc.sql("select id from notification where subject = ?").param(subject).query(Long.class).single();
    }

    record Row(String status, int attempts, Instant sentAt, String lastError, Instant readAt) {
    }

    private Row row(long id) {
        return jdbc.sql("select status, attempts, sent_at, last_error, read_at from notification where id = ?").param(id)
                .query((rs, n) -> new Row(rs.getString("status"), rs.getInt("attempts"),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("last_error"),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .single();
    }

    /** The row once no dispatcher is in the middle of sending it. */
    private Row settled(long id) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> row(id), row -> !row.status().equals("SENDING"));
    }

    private long secondsUntilNextAttempt(long id) {
        Instant next = jdbc.sql("select next_attempt_at from notification where id = ?").param(id)
                .query((rs, n) -> rs.getTimestamp(1, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"))).toInstant())
                .single();
        return Duration.between(clock.instant(), next).toSeconds();
    }

    private void awaitReceived(String subject) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> !received(subject).isEmpty());
    }

    private List<MimeMessage> receivedStartingWith(String prefix) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subjectOf(m).startsWith(prefix)).toList();
    }

    private String statusOf(String subject) {
        return jdbc.sql("select status from notification where subject = ?").param(subject).query(String.class).single();
    }

    private List<MimeMessage> received(String subject) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject.equals(subjectOf(m))).toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
