package org.continuityacademy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.continuityacademy.campaigns.CampaignDraft;
import org.continuityacademy.campaigns.Campaigns;
import org.continuityacademy.campaigns.ScheduleKind;
import org.continuityacademy.directory.MailLinks;
import org.continuityacademy.notifications.NotificationBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #15's acceptance, end to end in Chromium, with nobody creating anything by hand: HR uploads a CSV of two
 * people who were never in the app; the standing campaign for their office enrols them; HR invites everyone in the list who has not
 * signed in; each invitation arrives (the test's SMTP server) listing the training waiting; its link sets a password;
 * the person signs in and opens their training. Then HR's next file makes one of them a leaver: their open tab says the
 * session has ended, and they cannot sign in again. The audit trail holds every step, the import's file hash included.
 */
@IntegrationTest
class NewcomerJourneyBrowserIT {

    static final String PASSWORD = "harbour lights over the bay";
    static final JobKey LATE_ENROLMENT = JobKey.jobKey("campaign-late-enrolment", "campaigns");

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    GreenMail greenMail;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Campaigns campaigns;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    /** The leaver's attempt to sign in again must not count against the next tests. */
    @AfterEach
    void forgetFailedSignIns() {
        jdbc.sql("delete from sign_in_failure").update();
        jdbc.sql("delete from sign_in_lock").update();
    }

    @Test
    void people_new_to_the_app_are_imported_enrolled_invited_set_a_password_take_their_training_and_a_leaver_is_signed_out()
            throws Exception {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String family = "Joiner" + tag;
        String nora = "nora." + family.toLowerCase() + "@harbourline.example";
        String omar = "omar." + family.toLowerCase() + "@harbourline.example";
        String header = "Employee number,First name,Last name,E-mail,Department,Manager number,Location,Hire date,Active\n";
        String location = "Newport " + tag;
        String noraRow = "NJ" + tag + "1,Nora," + family + "," + nora + ",Claims,," + location + ",2026-12-01,";
        String omarRow = "NJ" + tag + "2,Omar," + family + "," + omar + ",Claims,," + location + ",2026-12-01,";

        // 0. the continuity manager's standing campaign for the Newport office, active and run once (before anyone is there)
        long campaign = SignedIn.as(users, "continuity", () -> campaigns.save(null, new CampaignDraft("Newport awareness " + tag, "",
                Set.of("itscm-for-everyone"), false, Set.of(), Set.of(), Set.of(location), null, ScheduleKind.YEARLY,
                ZonedDateTime.now(clock).plusDays(30).truncatedTo(ChronoUnit.MINUTES), null, clock.getZone().getId(),
                21, null, null, true, null, null, null)));
        SignedIn.as(users, "continuity", () -> {
            campaigns.activate(campaign);
            return campaigns.runNow(campaign);
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(users, "continuity", () -> campaigns.runs(campaign))
                .stream().anyMatch(r -> "DONE".equals(r.status())));

        // 1. HR uploads the file and applies it
        Page hr = browsers.newPage(1280, 900);
        hr.navigate(url("employees/import"));
        Browsers.signIn(hr, "hr", "demo");
        upload(hr, csv("newcomers-" + tag, header + noraRow + "yes\n" + omarRow + "yes\n"));
        assertThat(hr.getByText("2 rows — 2 new, 0 changed", new Page.GetByTextOptions().setExact(false)))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply this file")).click();
        assertThat(hr.getByText("Applied: 2 new, 0 changed, 0 deactivated.", new Page.GetByTextOptions().setExact(false)))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        Browsers.screenshot(hr, "journey-1-import-applied");
        long noraId = employee(nora);
        long omarId = employee(omar);
        assertThat(accountOf(nora)).as("an account opened by the import").isPositive();

        // 2. the campaign enrols the newcomers at its next sweep for late joiners (run now rather than waited for)
        scheduler.triggerJob(LATE_ENROLMENT);
        await().atMost(Duration.ofSeconds(60)).until(() -> openTraining(noraId) > 0 && openTraining(omarId) > 0);

        // 3. HR invites everyone in the list who has not signed in yet: the two newcomers
        hr.navigate(url("employees"));
        hr.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search employees")).fill(family);
        assertThat(hr.locator("vaadin-grid-cell-content").getByText(nora)).isVisible();
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite…")).click();
        assertThat(hr.getByText("2 people in this list have not signed in yet.", new Page.GetByTextOptions().setExact(false)))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite 2 people")).click();
        assertThat(hr.getByText("2 people invited.", new Page.GetByTextOptions().setExact(false)).first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

        // 4. the invitations arrive, with the training waiting; each link sets a password; each person signs in
        for (String who : List.of(nora, omar)) {
            MimeMessage mail = mailTo(who);
            assertThat(MailLinks.text(mail)).contains("Your user name: " + who,
                    "waiting for you once you have signed in", "- IT service continuity for everyone, due ");
            Page page = browsers.newPage(1280, 900);
            page.navigate(MailLinks.link(mail).replaceFirst("^https?://[^/]+/", url("")));
            assertThat(page.getByText("Welcome! Choose your password")).isVisible();
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            page.getByLabel("New password again").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();
            assertThat(page.getByText("Your password is set")).isVisible();
            page.navigate(url(""));
            Browsers.signIn(page, who, PASSWORD);
            String first = who.equals(nora) ? "Nora" : "Omar";
            assertThat(page.getByText("Hello, " + first + " " + family)).isVisible();
            assertThat(page.getByText("IT service continuity for everyone").first()).isVisible();
            if (who.equals(omar)) {
                Browsers.screenshot(page, "journey-2-newcomer-home");
                page.close();
                continue;
            }
            // Nora opens her training; her tab stays open for step 5
            page.getByText("IT service continuity for everyone").first().click();
            assertThat(page).hasURL(Pattern.compile(".*/learn/.*"));
            Browsers.screenshot(page, "journey-3-newcomer-module");

            // 5. HR's next file says Nora has left: her open tab learns its session has ended, untouched
            hr.navigate(url("employees/import"));
            upload(hr, csv("leaver-" + tag, header + noraRow + "no\n"));
            assertThat(hr.getByText("1 row — 0 new, 1 changed", new Page.GetByTextOptions().setExact(false)))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply this file")).click();
            assertThat(hr.getByText("Applied: 0 new, 1 changed", new Page.GetByTextOptions().setExact(false)))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> page.locator(".v-system-error").isVisible());
            assertThat(page.locator(".v-system-error")).containsText("Your session has ended");
            Browsers.screenshot(page, "journey-4-leaver-session-ended");
            page.locator(".v-system-error").click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            Browsers.signIn(page, nora, PASSWORD);
            assertThat(page.getByText("The user name or password is wrong.")).isVisible();
        }

        // 6. the audit trail: every step, as the administrator reads it
        assertThat(accountActions(nora)).containsSubsequence("account created", "account invited", "password set",
                "account disabled");
        assertThat(accountActions(omar)).containsSubsequence("account created", "account invited", "password set");
        List<String> imports = jdbc.sql("""
                        select concat(summary, ' | ', after_state) from audit_entry
                        where action = 'employee import applied' and summary like :tag order by at, id
                        """).param("tag", "%" + tag + "%").query(String.class).list();
        assertThat(imports).hasSize(2);
        assertThat(imports.getFirst()).startsWith("newcomers-" + tag + ".csv applied: 2 added").contains("accounts opened 2")
                .containsPattern("SHA-256 [0-9a-f]{64}");
        assertThat(imports.getLast()).startsWith("leaver-" + tag + ".csv applied: 0 added, 1 changed, 1 left")
                .contains("accounts disabled 1");
        Page admin = browsers.newPage(1400, 900);
        admin.navigate(url("admin/audit"));
        Browsers.signIn(admin, "admin", "demo");
        admin.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search the audit trail")).fill(nora);
        assertThat(admin.locator("vaadin-grid-cell-content").getByText("Account disabled").first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        // the search has reached the grid once it holds only the entries that mention her (the grid keeps the cells of
        // rows it no longer shows, hidden, so the rows are counted by the grid's own size)
        long mentions = jdbc.sql("""
                        select count(*) from audit_entry where lower(summary) like :t or lower(actor) like :t
                            or lower(subject_type) like :t or lower(action) like :t""").param("t", "%" + nora + "%")
                .query(Long.class).single();
        admin.waitForFunction("n => document.querySelector('vaadin-grid').size === n", (int) mentions);
        Browsers.screenshot(admin, "journey-5-audit-trail");
    }

    private Path csv(String name, String text) throws IOException {
        Path file = Files.createDirectories(Path.of("target/journey")).resolve(name + ".csv");
        return Files.writeString(file, text);
    }

    /** Chooses the file through the upload's own button, as a person would. */
    private static void upload(Page page, Path file) {
        var chooser = page.waitForFileChooser(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Upload file…")).click());
        chooser.setFiles(file);
    }

    private long employee(String email) {
        return jdbc.sql("select id from employee where email = ?").param(email).query(Long.class).single();
    }

    private long accountOf(String email) {
        return jdbc.sql("select id from account where username = ?").param(email).query(Long.class).single();
    }

    private long openTraining(long employeeId) {
        return jdbc.sql("select count(*) from training_assignment where employee_id = ? and status = 'OPEN'").param(employeeId)
                .query(Long.class).single();
    }

    private List<String> accountActions(String email) {
        return jdbc.sql("select action from audit_entry where subject_type = 'account' and subject_id = ? order by at, id")
                .param(String.valueOf(accountOf(email))).query(String.class).list();
    }

    private MimeMessage mailTo(String address) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            NotificationBench.dispatchNow(context);
            return !MailLinks.to(greenMail, address).isEmpty();
        });
        return MailLinks.to(greenMail, address).getLast();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
