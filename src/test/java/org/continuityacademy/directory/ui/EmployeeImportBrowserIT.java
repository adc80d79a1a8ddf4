package org.continuityacademy.directory.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.continuityacademy.directory.EmployeeImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In a real browser, HR uploads a file that would deactivate many people and has a column the import does not know:
 * the preview warns of both, and the file is applied only once the number is typed.
 */
@IntegrationTest
class EmployeeImportBrowserIT {

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;
    @Autowired
    EmployeeImports imports;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    UserDetailsService users;

    @Test
    void hr_sees_the_warning_and_types_the_number_of_leavers_to_apply_the_file() {
        String n = "B" + (System.nanoTime() % 100_000_000);
        String header = "Employee number,First name,Last name,E-mail,Department";
        int count = SignedIn.as(users, "hr", () -> (int) directory.count(EmployeeFilter.activeOnly())) / 9 + 5;
        var joiners = new StringBuilder(header + "\n");
        var leavers = new StringBuilder(header + ",Active,Desk\n");
        for (int i = 0; i < count; i++) {
            String row = n + i + ",Bea,Birch" + i + ",bea" + i + "." + n + "@harbourline.example,Claims";
            joiners.append(row).append('\n');
            leavers.append(row).append(",no,D").append(i).append('\n');
        }
        SignedIn.as(users, "hr", () -> imports.apply(imports.preview("joiners.csv", joiners.toString().getBytes(StandardCharsets.UTF_8),
                false).importId()));

        Page page = browsers.newPage(1280, 1000);
        page.navigate("http://localhost:" + port + "/employees/import");
        Browsers.signIn(page, "hr", "demo");
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("leavers.csv", "text/csv",
                leavers.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(page.getByText("This file would deactivate " + count, new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByText("the column 'Desk' is not one the import knows", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        var apply = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply this file"));
        assertThat(apply).isDisabled();
        var number = page.getByLabel("Number of people to deactivate");
        number.fill(String.valueOf(count - 1));
        number.press("Tab");
        assertThat(apply).isDisabled();
        Browsers.screenshot(page, "import-confirm-deactivations");

        number.fill(String.valueOf(count));
        number.press("Tab");
        assertThat(apply).isEnabled();
        apply.click();
        assertThat(page.getByText("Applied: 0 new, " + count + " changed, " + count + " deactivated.")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        Browsers.screenshot(page, "import-confirmed");
    }

    /**
     * Under the production Content-Security-Policy (no eval; the tests' development mode allows it, so this page gets the
     * production one), a refused file is shown at once and the next file can be chosen straight away. The upload's
     * success event once needed a function built from text: it never reached the server, so neither the preview nor the
     * emptied file list did, and the upload button stayed disabled until the file was removed by hand.
     */
    @Test
    void after_a_refused_file_the_corrected_one_can_be_uploaded_at_once_under_the_production_policy() {
        String n = "R" + (System.nanoTime() % 100_000_000);
        String header = "Employee number,First name,Last name,E-mail,Department\n";
        Page page = browsers.newPage(1280, 1000);
        productionPolicy(page);
        page.navigate("http://localhost:" + port + "/login");
        Browsers.signIn(page, "hr", "demo");
        page.locator("vaadin-side-nav-item").first().waitFor();
        page.navigate("http://localhost:" + port + "/employees/import");
        var upload = page.locator("vaadin-upload");
        var button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file…"));

        upload.locator("input[type=file]").setInputFiles(new FilePayload("people.csv", "text/csv",
                (header + n + ",Rita,,rita." + n + "@harbourline.example,Claims\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getByText("people.csv was refused, and nothing was changed")).isVisible();
        assertThat(page.getByText("Line 2, column C (Last name): the last name is missing")).isVisible();
        assertThat(upload).not().hasAttribute("max-files-reached", "");
        assertThat(button).isEnabled();
        Browsers.screenshot(page, "import-refused");

        upload.locator("input[type=file]").setInputFiles(new FilePayload("people.csv", "text/csv",
                (header + n + ",Rita,Reed,rita." + n + "@harbourline.example,Claims\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getByText("people.csv: 1 row — 1 new, 0 changed, 0 unchanged, 0 to deactivate.")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply this file"))).isEnabled();
        assertThat(button).isEnabled();
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) page.evaluate("() => window.Vaadin.academyCsp.missing"))
                .as("texts no-eval.js does not know").isEmpty();
    }

    /** The page's documents get the production policy: the development one without 'unsafe-eval'. */
    private static void productionPolicy(Page page) {
        page.route("**/*", route -> {
            if (!"document".equals(route.request().resourceType())) {
                route.resume();
                return;
            }
            var response = route.fetch();
            var headers = new java.util.HashMap<>(response.headers());
            headers.computeIfPresent("content-security-policy", (name, policy) -> policy.replace(" 'unsafe-eval'", ""));
            route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setResponse(response).setHeaders(headers));
        });
    }
}
