package org.continuityacademy.learning.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.continuity.AssignRole;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.directory.TestAccounts;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In a real browser, an IT Recovery Lead reads their module with their own service's targets beside it, and their quiz
 * asks about the service they will recover, with its targets from the register; a failed attempt lists the sections to re-read, not the right answers, and each opens the reader there.
 */
@IntegrationTest
class PersonalQuizBrowserIT {

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    ServiceRegister services;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @Test
    void a_recovery_leads_quiz_names_their_service_and_its_rto_and_a_failure_points_to_the_sections_to_reread() {
        var lead = TestAccounts.newcomer(context, "Rhea", "Quayle");
        String password = "the card switch fails over at night";
        TestAccounts.setPassword(context, lead.accountId(), password);
        String name = "Card switch " + Long.toString(System.nanoTime() % 1_000_000, 36);
        SignedIn.as(users, "continuity", () -> {
            long service = services.create(new ServiceDraft(name, "Card payments", null, 1, 45, 0, 3 * 60,
                    Set.of(new RequiredRole("it-recovery-lead", true)), Set.of())).id();
            return roles.assign(new AssignRole(lead.employeeId(), "it-recovery-lead", service, Position.PRIMARY,
                    "runs the card switch", LocalDate.now(clock), null, false));
        });

        Page page = browsers.newPage(1280, 900);
        page.navigate(url("/login"));
        Browsers.signIn(page, lead.email(), password);
        page.locator("#continue-training").waitFor();
        // the module's text has the lead's own targets beside it
        page.navigate(url("/learn/role-it-recovery-lead"));
        assertThat(page.locator("#your-services")).containsText(
                "IT Recovery Lead for " + name + " (tier 1): RTO 45 minutes · RPO zero (no data loss) · MTPD 3 hours");
        Browsers.screenshot(page, "reader-your-services");
        page.navigate(url("/learn/role-it-recovery-lead/quiz"));
        Locator boxes = page.locator(".academy-quiz-question");
        assertThat(boxes).hasCount(10);
        Locator mine = boxes.filter(new Locator.FilterOptions().setHasText("Your service " + name + " has an R"));
        assertThat(mine).hasCount(2);
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) mine.evaluateAll("els => els.map(e => e.textContent.replace(/\\s+/g, ' '))");
        // three of the bank's questions have a personal wording, two of them name the RTO: any two drawn name it
        assertThat(String.join("\n", texts)).contains("has an RTO of 45 minutes");
        assertThat(page.locator("main")).not().containsText("{{");
        mine.first().scrollIntoViewIfNeeded();
        Browsers.screenshot(page, "quiz-personal-question");

        // nothing answered: a failed attempt, with attempts left
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
        page.locator("vaadin-dialog[opened]").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit anyway")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not passed this time"))).isVisible();
        Locator topics = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Re-read these sections before your next attempt"));
        assertThat(topics).isVisible();
        assertThat(page.locator("#quiz-answers-later")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your answers"))).hasCount(0);
        assertThat(page.locator(".academy-quiz-question")).hasCount(0);
        Browsers.screenshot(page, "quiz-failed-topics");

        Locator first = topics.getByRole(AriaRole.LINK).first();
        String section = first.textContent().strip();
        first.click();
        assertThat(page.locator(".academy-reader h3")).hasText(section);
        Browsers.screenshot(page, "quiz-reread-section");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
