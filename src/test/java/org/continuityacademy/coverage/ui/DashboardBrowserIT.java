package org.continuityacademy.coverage.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, HR opens the coverage dashboard: the ECharts web component draws the charts
 * (an SVG with the departments' names), a click on a bar opens the people behind it, and the overdue
 * list downloads as a CSV with a byte-order mark.
 */
@IntegrationTest
class DashboardBrowserIT {

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;

    @Test
    void hr_reads_the_charts_clicks_through_to_the_people_and_downloads_a_table() throws Exception {
        Page page = browsers.newPage(1400, 1100);
        page.navigate("http://localhost:" + port + "/dashboard");
        Browsers.signIn(page, "hr", "demo");

        Locator departments = page.locator("academy-chart[aria-label^='Coverage by department']");
        var slow = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);
        assertThat(departments.locator("svg")).isVisible(slow);
        // the chart is drawn from the server's figures: the demo company's departments are on its axis
        assertThat(departments.locator("svg text").filter(new Locator.FilterOptions().setHasText("IT Operations")).first())
                .isVisible();
        assertThat(departments).hasAttribute("role", "img");
        Browsers.screenshot(page, "hr-dashboard");

        // a click on a department (its name on the axis: a bar may be too short to hit) opens its people
        Locator label = departments.locator("svg text").filter(new Locator.FilterOptions().setHasText("IT Operations")).first();
        label.scrollIntoViewIfNeeded();
        label.click();
        Locator peopleTab = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("People"));
        assertThat(peopleTab).hasAttribute("aria-selected", "true", new com.microsoft.playwright.assertions.LocatorAssertions
                .HasAttributeOptions().setTimeout(20_000));
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Department"))).hasValue("IT Operations");
        Browsers.screenshot(page, "hr-dashboard-people");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Overdue"))).click();
        Locator csvLink = page.locator("[data-export='overdue-training'] a[aria-label='Download as CSV']");
        assertThat(csvLink).isVisible(slow);
        Download download = page.waitForDownload(csvLink::click);
        byte[] csv = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        org.assertj.core.api.Assertions.assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains("Person,Department,Module,Due,Days late,Manager,Why assigned");
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("overdue-training-").endsWith(".csv");
    }
}
