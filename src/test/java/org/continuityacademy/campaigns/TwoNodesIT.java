package org.continuityacademy.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.continuityacademy.Application;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.TestRecords;
import org.continuityacademy.directory.TestOrganisation;
import org.continuityacademy.notifications.NotificationKind;
import org.continuityacademy.notifications.Notifications;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two more app nodes on the test database, as behind a load balancer: a campaign launched by both at once
 * makes one run and one assignment per person and module, and every notification is e-mailed exactly
 * once, whichever node's dispatcher takes it. The shared test context is a third node of the same
 * cluster with its own mail server, so deliveries are counted at both mail servers. The two nodes have no test
 * clock: their application clock is the system's, and so is "now" here.
 */
@IntegrationTest
@Order(Integer.MAX_VALUE - 1)
class TwoNodesIT {

    /** The shared test context's mail server (its dispatcher is a node of the cluster too). */
    @org.springframework.beans.factory.annotation.Autowired
    GreenMail sharedContextMail;

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static GreenMail smtp;
    static SecurityContextHolderStrategy securityStrategy;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        securityStrategy = SecurityContextHolder.getContextHolderStrategy();
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        nodeA = node("campaign-node-a", port);
        nodeB = node("campaign-node-b", port);
    }

    @AfterAll
    static void stopNodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        SecurityContextHolder.setContextHolderStrategy(securityStrategy);
    }

    static ConfigurableApplicationContext node(String id, int smtpPort) {
        return new SpringApplicationBuilder(Application.class, TestOrganisation.class).run(
                "--server.port=0",
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=" + id,
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort);
    }

    @Test
    void a_campaign_launched_by_both_nodes_at_once_is_launched_once() {
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        Clock clock = nodeA.getBean(Clock.class);
        var records = new TestRecords(jdbc, clock);
        String location = "Two nodes " + System.nanoTime();
        for (int i = 0; i < 30; i++) {
            records.employee("Node", "Person" + i, null, location, LocalDate.now(clock).minusYears(1));
        }
        // the node started last installed the JVM-wide security context strategy: sign in there
        long id = asContinuityManager(nodeB, () -> nodeB.getBean(Campaigns.class).save(null, new CampaignDraft(
                "Two nodes " + System.nanoTime(), "", Set.of("itscm-for-everyone", "the-continuity-plan"), false, Set.of(), Set.of(),
                Set.of(location), null, ScheduleKind.YEARLY, ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).plusDays(30)
                        .truncatedTo(ChronoUnit.MINUTES), null, "UTC", 30, null, null, false, null, null, null)));
        Instant fire = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        var a = CompletableFuture.runAsync(() -> nodeA.getBean(CampaignLauncher.class).launch(id, fire, "node a"));
        var b = CompletableFuture.runAsync(() -> nodeB.getBean(CampaignLauncher.class).launch(id, fire, "node b"));
        CompletableFuture.allOf(a, b).exceptionally(e -> null).join();
        // whichever failed on a lock (if any) carries on when launched again: that is what Quartz's retry does
        nodeB.getBean(CampaignLauncher.class).launch(id, fire, "node b");

        assertThat(count(jdbc, "select count(*) from campaign_run where campaign_id = ?", id)).isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from campaign_enrolment where campaign_id = ?", id)).isEqualTo(60);
        assertThat(count(jdbc, "select count(*) from training_assignment where origin_ref = ?", "campaign:" + id)).isEqualTo(60);
        assertThat(count(jdbc, "select count(distinct employee_id, module_id) from training_assignment where origin_ref = ?",
                "campaign:" + id)).isEqualTo(60);
    }

    @Test
    void every_notification_is_e_mailed_exactly_once_by_two_dispatching_nodes() throws Exception {
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        long person = new TestRecords(jdbc, nodeA.getBean(Clock.class)).employee("Mail", "Reader", null);
        String email = jdbc.sql("select email from employee where id = ?").param(person).query(String.class).single();
        var notifications = nodeA.getBean(Notifications.class);
        nodeA.getBean(TransactionTemplate.class).executeWithoutResult(s -> {
            for (int i = 0; i < 40; i++) {
                notifications.notify(person, email, NotificationKind.REMINDER, "two-nodes-" + i, "Two nodes " + i, "Body " + i, null);
            }
        });

        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> received(email).size() >= 40);
        // and for 5 s more nothing else arrives: no node sends any of them a second time
        Awaitility.await("no second sending").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> twoNodesMessages(email) == 40);

        var ids = new HashSet<String>();
        int mine = 0;
        for (var message : received(email)) {
            if (message.getSubject().startsWith("Two nodes ")) {
                mine++;
                ids.add(message.getMessageID());
            }
        }
        assertThat(mine).isEqualTo(40);
        assertThat(ids).hasSize(40);
        assertThat(count(jdbc, "select count(*) from notification where recipient_id = ? and status = 'SENT'", person)).isEqualTo(40);
    }

    @Test
    void the_coverage_snapshot_job_writes_one_snapshot_a_day_with_two_nodes() throws Exception {
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        java.sql.Date today = java.sql.Date.valueOf(LocalDate.now(nodeA.getBean(Clock.class)));
        jdbc.sql("delete from coverage_snapshot where snapshot_day = ?").param(today).update();
        var job = org.quartz.JobKey.jobKey("coverage-snapshot", "coverage");

        // both nodes are asked at once; the cluster runs the job on one node at a time and the second run finds the day taken
        nodeA.getBean(org.quartz.Scheduler.class).triggerJob(job);
        nodeB.getBean(org.quartz.Scheduler.class).triggerJob(job);

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                count(jdbc, "select count(*) from coverage_snapshot where snapshot_day = ? and dimension = 'ALL'", today) == 1
                        && count(jdbc, "select count(*) from QRTZ_FIRED_TRIGGERS where JOB_NAME = 'coverage-snapshot'") == 0);
        // and for 3 s more no second snapshot of the day appears
        Awaitility.await("no second snapshot").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(500))
                .until(() -> count(jdbc, "select count(*) from coverage_snapshot where snapshot_day = ? and dimension = 'ALL'", today) == 1);
        // every row of the day from one run: one time taken, and each department once
        assertThat(count(jdbc, "select count(distinct taken_at) from coverage_snapshot where snapshot_day = ?", today)).isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from coverage_snapshot where snapshot_day = ? and dimension = 'DEPARTMENT'", today))
                .isEqualTo(count(jdbc, "select count(distinct coalesce(department_id, 0)) from employee where active = true"));
    }

    /** How many of the messages the address received are this test's ("Two nodes …"), copies included. */
    private int twoNodesMessages(String email) throws jakarta.mail.MessagingException {
        int mine = 0;
        for (var message : received(email)) {
            if (message.getSubject().startsWith("Two nodes ")) {
                mine++;
            }
        }
        return mine;
    }

    /** What both mail servers received for the address. */
    private java.util.List<jakarta.mail.internet.MimeMessage> received(String email) {
        var all = new java.util.ArrayList<jakarta.mail.internet.MimeMessage>();
        for (GreenMail server : java.util.List.of(smtp, sharedContextMail)) {
            for (var message : server.getReceivedMessages()) {
                try {
                    if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email))) {
                        all.add(message);
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return all;
    }

    private static <T> T asContinuityManager(ConfigurableApplicationContext node, java.util.function.Supplier<T> work) {
        var user = node.getBean(UserDetailsService.class).loadUserByUsername("continuity");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static int count(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
