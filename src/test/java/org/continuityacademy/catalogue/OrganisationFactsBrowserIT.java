package org.continuityacademy.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.directory.TestAccounts;
import org.continuityacademy.training.TrainingRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #18, acceptance 1 in Chromium: the continuity manager changes the fallback phone number under "Our
 * arrangements", and a learner who opens the module reads the new number.
 */
@IntegrationTest
class OrganisationFactsBrowserIT {

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;
    @Autowired
    Catalogue catalogue;
    @Autowired
    OrganisationFacts facts;
    @Autowired
    TrainingRecords records;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    @Test
    void the_continuity_manager_changes_the_fallback_number_and_a_learner_reads_the_new_one() throws Exception {
        try (var content = FixtureContent.load(catalogue, "organisation-facts")) {
            var learner = TestAccounts.newcomer(context, "Rhea", "Reader");
            TestAccounts.setPassword(context, learner.accountId(), "a long test passphrase");
            SignedIn.as(users, "hr", () -> records.assignByHand(List.of(learner.employeeId()), "fallback-check",
                    LocalDate.now(clock).plusDays(30), "reads the organisation's own arrangements"));
            try {
                Page manager = browsers.newPage(1400, 1000);
                manager.navigate("http://localhost:" + port + "/organisation-facts");
                Browsers.signIn(manager, "continuity", "demo");
                assertThat(manager.getByText("Fallback phone number").first()).isVisible();
                Browsers.screenshot(manager, "organisation-facts");

                manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit Fallback phone number")).click();
                Locator value = manager.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Value"));
                value.fill("");
                manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
                assertThat(manager.getByText("Fallback phone number: enter a value, or use the default").first()).isVisible();
                value.fill("0808 157 0456");
                Browsers.screenshot(manager, "organisation-facts-edit");
                manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
                assertThat(manager.locator("vaadin-dialog-overlay")).hasCount(0);
                assertThat(manager.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("0808 157 0456"))
                        .first()).isVisible();
                assertThat(manager.getByText("Our own value").first()).isVisible();
                Browsers.screenshot(manager, "organisation-facts-changed");

                Page reader = browsers.newPage(1200, 900);
                reader.navigate("http://localhost:" + port + "/learn/fallback-check");
                Browsers.signIn(reader, learner.email(), "a long test passphrase");
                assertThat(reader.locator("[data-content='module']")).containsText("ring 0808 157 0456 and say what you see");
                assertThat(reader.locator("[data-content='module'] a[href='https://status.harbourline.example']")).isVisible();
                Browsers.screenshot(reader, "organisation-facts-learner-reads");
            } finally {
                SignedIn.as(users, "continuity", () -> facts.useDefault("fallback-phone"));
            }
        }
    }
}
