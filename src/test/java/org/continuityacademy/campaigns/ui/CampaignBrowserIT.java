package org.continuityacademy.campaigns.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real browser, the continuity manager creates a campaign, runs it now and sees the run's counts. */
@IntegrationTest
class CampaignBrowserIT {

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;

    @Test
    void the_continuity_manager_creates_a_campaign_runs_it_now_and_sees_the_counts() {
        String name = "Comms refresher " + System.nanoTime() % 100_000;
        Page page = browsers.newPage(1280, 1000);
        page.navigate("http://localhost:" + port + "/campaigns/new");
        Browsers.signIn(page, "continuity", "demo");

        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Name")).fill(name);
        Locator modules = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Modules"));
        modules.fill("Your role: Communications Lead");
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("Your role: Communications Lead"))
                .first().click();
        page.keyboard().press("Escape");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Everyone")).check();
        assertThat(page.getByText(Pattern.compile("Reaches [\\d,]+ (person|people) today"))).isVisible();
        Browsers.screenshot(page, "campaign-new");
        // people are e-mailed their new training unless the campaign turns it off
        Locator announce = page.getByRole(AriaRole.CHECKBOX,
                new Page.GetByRoleOptions().setName(Pattern.compile("^E-mail people their new training")));
        assertThat(announce).isChecked();
        announce.scrollIntoViewIfNeeded();
        Browsers.screenshot(page, "campaign-announce");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft")).click();
        assertThat(page).hasURL(Pattern.compile(".*/campaigns/\\d+$"));
        assertThat(page.locator("h2").first()).hasText(name);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run now")).click();
        // the run finishes in the background; the history refreshes itself
        Locator runs = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("\\d+ assigned, \\d+ skipped as current, \\d+ already open")));
        assertThat(runs.first()).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        Browsers.screenshot(page, "campaign-run");
    }
}
