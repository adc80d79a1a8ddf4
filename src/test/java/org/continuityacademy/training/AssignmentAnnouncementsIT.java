package org.continuityacademy.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.TestRecords;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.campaigns.CampaignDraft;
import org.continuityacademy.campaigns.Campaigns;
import org.continuityacademy.campaigns.RunRow;
import org.continuityacademy.campaigns.ScheduleKind;
import org.continuityacademy.directory.Invitations;
import org.continuityacademy.directory.MailLinks;
import org.continuityacademy.directory.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * People hear of training newly assigned to them: one e-mail listing what is new (through the real outbox, dispatcher
 * and an SMTP server), a notification in the bell, nothing for leavers, disabled people or closed assignments, nothing
 * when a campaign keeps quiet, nothing twice; the day is the organisation's. Fixture people are new in each test, so
 * the announcements of everyone else (the demo company's, other tests') do not disturb what is counted.
 */
@IntegrationTest
class AssignmentAnnouncementsIT {

    static final String AWARENESS = "itscm-for-everyone";
    static final String PLAN = "the-continuity-plan";
    static final String REHEARSALS = "rehearsals-and-vigilance";
    static final JobKey DISPATCH = JobKey.jobKey("notification-dispatch", "notifications");

    @Autowired
    AssignmentAnnouncements announcements;
    @Autowired
    TrainingRecords training;
    @Autowired
    Recertification recertification;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Scheduler scheduler;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    Messages messages;
    @Autowired
    UserDetailsService users;
    @Value("${academy.base-url}")
    String baseUrl;
    @Autowired
    Invitations invitations;
    @Autowired
    org.springframework.context.ApplicationContext context;

    TestRecords records;

    @BeforeEach
    void fixtures() {
        records = new TestRecords(jdbc, clock);
    }

    @Test
    void several_assignments_on_one_day_make_one_e_mail_listing_them_all_with_their_due_dates() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long pia = records.employee("Pia", "Plenty", null);
        byHand(pia, AWARENESS, today.plusDays(14), "after the March exercise");
        byHand(pia, PLAN, today.plusDays(30), "new on the incident rota");
        byHand(pia, REHEARSALS, today.plusDays(21), "new on the incident rota");

        announcements.announce();

        assertThat(notificationsOf(pia)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("ASSIGNED");
            assertThat(n.subject()).isEqualTo("3 new continuity training modules for you");
            assertThat(n.link()).as("the first page: the e-mail links to the base URL itself").isEmpty();
        });
        String expected = "Hello Pia Plenty,\n\nThese continuity training modules have been assigned to you:\n\n"
                + "- IT service continuity for everyone, due " + date(today.plusDays(14)) + " (after the March exercise)\n"
                + "- Rehearsals and vigilance, due " + date(today.plusDays(21)) + " (new on the incident rota)\n"
                + "- The continuity plan, due " + date(today.plusDays(30)) + " (new on the incident rota)\n\n"
                + "Sign in to Continuity Academy to start: your training is on the first page, the most urgent first.";
        assertThat(notificationsOf(pia).getFirst().body()).isEqualTo(expected);
        assertThat(announcementStates(pia)).containsOnly("SENT");

        // the real outbox and dispatcher send it: one e-mail, its text as above, with the sign-in link
        scheduler.triggerJob(DISPATCH);
        MimeMessage mail = awaitOneMailTo(emailOf(pia));
        assertThat(mail.getSubject()).isEqualTo("3 new continuity training modules for you");
        assertThat(plainText(mail).replace("\r\n", "\n")).startsWith(expected).contains(baseUrl + "/");
        String html = part(mail, "text/html");
        assertThat(html).contains("<li>The continuity plan, due " + date(today.plusDays(30)) + " (new on the incident rota)</li>")
                .contains("href=\"" + baseUrl + "/\"");
        // the e-mail as people see it, beside the screenshots of the browser tests
        Files.writeString(Files.createDirectories(Path.of("target/screenshots")).resolve("new-training-mail.html"), html);
    }

    @Test
    void a_newcomer_s_invitation_lists_the_training_waiting_for_them_and_the_new_training_e_mail_does_not_repeat_it()
            throws Exception {
        LocalDate today = LocalDate.now(clock);
        var newcomer = TestAccounts.newcomer(context, "Nia", "Newcomer");
        byHand(newcomer.employeeId(), PLAN, today.plusDays(30), "new on the incident rota");
        byHand(newcomer.employeeId(), AWARENESS, today.plusDays(14), "everyone");

        SignedIn.as(users, "admin", () -> {
            invitations.resend(newcomer.accountId());
            return null;
        });
        assertThat(announcementStates(newcomer.employeeId())).as("listed in the invitation: announced").containsOnly("SENT");
        announcements.announce();
        assertThat(notificationsOf(newcomer.employeeId())).extracting(Row::kind).doesNotContain("ASSIGNED");

        scheduler.triggerJob(DISPATCH);
        MimeMessage mail = awaitOneMailTo(newcomer.email());
        assertThat(mail.getSubject()).isEqualTo("Welcome to Continuity Academy: choose your password");
        assertThat(MailLinks.text(mail).replace("\r\n", "\n")).contains("Your user name: " + newcomer.email(),
                "These 2 continuity training modules are waiting for you once you have signed in:\n\n"
                        + "- IT service continuity for everyone, due " + date(today.plusDays(14)) + " (everyone)\n"
                        + "- The continuity plan, due " + date(today.plusDays(30)) + " (new on the incident rota)");
        assertThat(MailLinks.link(mail)).contains("/set-password?token=");
    }

    @Test
    void a_campaign_that_keeps_quiet_announces_nothing_and_one_that_does_not_sends_one_e_mail_per_person() {
        String location = "Announcements " + System.nanoTime();
        long quietOne = records.employee("Quentin", "Quiet", null, location + " quiet", LocalDate.now(clock).minusYears(1));
        long toldOne = records.employee("Tara", "Told", null, location + " told", LocalDate.now(clock).minusYears(1));
        long quiet = SignedIn.as(users, "continuity", () -> campaigns.save(null, draft("Quiet " + location, location + " quiet")
                .withAnnounceAssignments(false)));
        long told = SignedIn.as(users, "continuity", () -> campaigns.save(null, draft("Told " + location, location + " told")));
        assertThat(SignedIn.as(users, "hr", () -> campaigns.details(quiet).draft().announceAssignments())).isFalse();
        assertThat(SignedIn.as(users, "hr", () -> campaigns.details(told).draft().announceAssignments())).isTrue();

        launchAndWait(quiet);
        launchAndWait(told);
        announcements.announce();

        assertThat(announcementStates(quietOne)).hasSize(2).containsOnly("SILENT");
        assertThat(notificationsOf(quietOne)).isEmpty();
        assertThat(announcementStates(toldOne)).hasSize(2).containsOnly("SENT");
        LocalDate due = LocalDate.now(clock).plusDays(21);
        assertThat(notificationsOf(toldOne)).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("2 new continuity training modules for you");
            assertThat(n.body()).contains("- IT service continuity for everyone, due " + date(due) + " (Refresher campaign: Told " + location + ")",
                    "- The continuity plan, due " + date(due) + " (Refresher campaign: Told " + location + ")");
        });
    }

    @Test
    void leavers_disabled_people_and_training_closed_before_the_announcement_are_left_out() {
        LocalDate due = LocalDate.now(clock).plusDays(30);
        long leaver = records.employee("Lee", "Leaving", null);
        long disabled = records.employee("Dee", "Disabled", null);
        long person = records.employee("Cleo", "Closed", null);
        byHand(leaver, AWARENESS, due, "everyone");
        byHand(disabled, AWARENESS, due, "everyone");
        disabledAccount(disabled);
        byHand(person, AWARENESS, due, "everyone");
        byHand(person, PLAN, due, "everyone");
        byHand(person, REHEARSALS, due, "everyone");
        // the leaver left before the job came (the waivers of a leaver may still be on their way)
        jdbc.sql("update employee set active = false, leaving_date = ? where id = ?").params(LocalDate.now(clock), leaver).update();
        SignedIn.as(users, "hr", () -> {
            training.waive(assignmentOf(person, PLAN), "passed the same course elsewhere");
            return null;
        });
        jdbc.sql("update training_assignment set status = 'COMPLETED' where id = ?").param(assignmentOf(person, REHEARSALS)).update();

        announcements.announce();

        assertThat(notificationsOf(leaver)).isEmpty();
        assertThat(notificationsOf(disabled)).isEmpty();
        assertThat(announcementStates(leaver)).containsExactly("SKIPPED");
        assertThat(announcementStates(disabled)).containsExactly("SKIPPED");
        assertThat(notificationsOf(person)).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("New continuity training for you: IT service continuity for everyone");
            assertThat(n.body()).contains("This continuity training has been assigned to you:\n\n- IT service continuity for everyone")
                    .doesNotContain("The continuity plan").doesNotContain("Rehearsals and vigilance");
        });
        assertThat(jdbc.sql("select concat(module_id, ' ', announcement) from training_assignment where employee_id = ? order by module_id")
                .param(person).query(String.class).list())
                .containsExactly(AWARENESS + " SENT", REHEARSALS + " SKIPPED", PLAN + " SKIPPED");
    }

    @Test
    void nothing_is_announced_twice_by_runs_one_after_the_other_or_at_the_same_moment_and_later_news_comes_on_its_own() throws Exception {
        LocalDate due = LocalDate.now(clock).plusDays(30);
        List<Long> people = List.of(records.employee("Ada", "Again", null), records.employee("Ben", "Again", null),
                records.employee("Cy", "Again", null));
        people.forEach(p -> byHand(p, AWARENESS, due, "everyone"));

        // two nodes at once, then again, then through Quartz
        var a = CompletableFuture.runAsync(announcements::announce);
        var b = CompletableFuture.runAsync(announcements::announce);
        CompletableFuture.allOf(a, b).get();
        announcements.announce();
        scheduler.triggerJob(AnnouncementJob.KEY);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                jdbc.sql("select count(*) from QRTZ_FIRED_TRIGGERS where JOB_NAME = ?").param(AnnouncementJob.KEY.getName())
                        .query(Integer.class).single() == 0);

        for (long person : people) {
            assertThat(notificationsOf(person)).as("notifications of %s", person).hasSize(1);
        }

        // later that day something else is assigned: a second, short e-mail with only what is new
        byHand(people.getFirst(), PLAN, due, "new on the rota");
        announcements.announce();
        announcements.announce();
        assertThat(notificationsOf(people.getFirst())).extracting(Row::subject).containsExactly(
                "New continuity training for you: IT service continuity for everyone", "New continuity training for you: The continuity plan");
        assertThat(notificationsOf(people.get(1))).hasSize(1);
    }

    @Test
    void refreshers_and_re_training_from_the_bulk_paths_are_announced_too() {
        var now = clock.instant();
        long rhea = records.employee("Rhea", "Refresher", null);
        long otto = records.employee("Otto", "Older", null);
        var expiry = now.plus(Duration.ofDays(10));
        records.completion(rhea, AWARENESS, now.minus(Duration.ofDays(355)), expiry);
        long old = records.completion(otto, AWARENESS, now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(265)));
        jdbc.sql("update training_completion set module_major = 0 where id = ?").param(old).update();

        recertification.sweep();
        recertification.retrain(AWARENESS, "1.0.0");
        announcements.announce();

        assertThat(notificationsOf(rhea)).singleElement().extracting(Row::body).asString()
                .contains("- IT service continuity for everyone, due " + date(LocalDate.ofInstant(expiry, clock.getZone()))
                        + " (Your completion expires soon: refresh it to stay current)");
        assertThat(notificationsOf(otto)).singleElement().extracting(Row::body).asString()
                .contains("- IT service continuity for everyone, due " + date(LocalDate.now(clock).plusDays(30))
                        + " (Version 1.0.0 of the module changed what you need to know)");
    }

    @Test
    void the_day_of_an_announcement_is_the_organisations_day_in_auckland_not_utcs() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        clock.setZone(auckland);
        LocalDate day = LocalDate.now(clock).plusDays(2);
        long kai = records.employee("Kai", "Kiwi", null);

        // 23:50 in Auckland
        clock.set(day.atTime(23, 50).atZone(auckland).toInstant());
        byHand(kai, AWARENESS, day.plusDays(7), "new in Auckland");
        announcements.announce();
        // 00:10 the next morning there, still the same day in UTC
        clock.set(day.plusDays(1).atTime(LocalTime.of(0, 10)).atZone(auckland).toInstant());
        assertThat(LocalDate.now(clock.withZone(ZoneOffset.UTC))).isEqualTo(day);
        byHand(kai, PLAN, day.plusDays(8), "new in Auckland");
        announcements.announce();

        var rows = notificationsOf(kai);
        assertThat(rows).extracting(Row::subject).containsExactly("New continuity training for you: IT service continuity for everyone",
                "New continuity training for you: The continuity plan");
        assertThat(rows).extracting(r -> r.dedupeKey().substring(r.dedupeKey().lastIndexOf(':') + 1))
                .as("each on its own Auckland day").containsExactly(day.toString(), day.plusDays(1).toString());
        assertThat(rows.get(1).body()).contains("- The continuity plan, due " + date(day.plusDays(8)));
    }

    @Test
    void the_job_is_in_the_clustered_store_every_interval_and_refuses_a_silly_interval() throws Exception {
        var trigger = (SimpleTrigger) scheduler.getTrigger(AnnouncementJob.TRIGGER);
        assertThat(trigger.getRepeatInterval()).as("the tests' setting: a day, so it never fires during a run")
                .isEqualTo(Duration.ofDays(1).toMillis());
        assertThat(scheduler.getJobDetail(AnnouncementJob.KEY).isConcurrentExecutionDisallowed()).isTrue();
        assertThat(AnnouncementJob.trigger(Duration.ofMinutes(5)).getRepeatInterval()).isEqualTo(300_000);
        assertThatThrownBy(() -> AnnouncementJob.trigger(Duration.ofSeconds(10))).hasMessageContaining("NEW_TRAINING_EMAIL_EVERY");
    }

    // --- helpers ---

    private CampaignDraft draft(String name, String location) {
        return new CampaignDraft(name, "", Set.of(AWARENESS, PLAN), false, Set.of(), Set.of(), Set.of(location), null,
                ScheduleKind.YEARLY, ZonedDateTime.now(clock).plusDays(30).truncatedTo(ChronoUnit.MINUTES), null, clock.getZone().getId(),
                21, null, null, false, null, null, null);
    }

    private void launchAndWait(long campaign) {
        SignedIn.as(users, "continuity", () -> campaigns.runNow(campaign));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                SignedIn.as(users, "hr", () -> campaigns.runs(campaign)).stream().anyMatch(r -> "DONE".equals(r.status())));
        assertThat(SignedIn.as(users, "hr", () -> campaigns.runs(campaign))).extracting(RunRow::assigned).containsExactly(2);
    }

    private void byHand(long person, String module, LocalDate due, String why) {
        assertThat(SignedIn.as(users, "hr", () -> training.assignByHand(List.of(person), module, due, why))).isEqualTo(1);
    }

    private long assignmentOf(long person, String module) {
        return jdbc.sql("select id from training_assignment where employee_id = ? and module_id = ?").params(person, module)
                .query(Long.class).single();
    }

    private void disabledAccount(long person) {
        long id = jdbc.sql("select nextval(account_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into account (id, username, display_name, email, employee_id, enabled, created_at)
                values (?, ?, 'Disabled person', ?, ?, false, ?)
                """).params(id, "disabled-" + id, emailOf(person), person, TestRecords.utc(clock.instant())).update();
    }

    record Row(String kind, String subject, String body, String link, String dedupeKey) {
    }

    private List<Row> notificationsOf(long person) {
        return jdbc.sql("select kind, subject, body, link, dedupe_key from notification where recipient_id = ? order by id").param(person)
                .query((rs, n) -> new Row(rs.getString("kind"), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
                        rs.getString("dedupe_key"))).list();
    }

    private List<String> announcementStates(long person) {
        return jdbc.sql("select announcement from training_assignment where employee_id = ?").param(person).query(String.class).list();
    }

    private String emailOf(long person) {
        return jdbc.sql("select email from employee where id = ?").param(person).query(String.class).single();
    }

    /** A date as the e-mails write it: the organisation's language. */
    private String date(LocalDate date) {
        return messages.formats(messages.organisationLocale()).date(date);
    }

    /** Waits for the e-mail to the address, then makes sure no second one follows. */
    private MimeMessage awaitOneMailTo(String email) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> !mailsTo(email).isEmpty());
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email).size() == 1);
        return mailsTo(email).getFirst();
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text/plain part (the e-mails are multipart: text and HTML). */
    private static String plainText(Part part) throws MessagingException, IOException {
        return part(part, "text/plain");
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = part(multipart.getBodyPart(i), type);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
