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
}
