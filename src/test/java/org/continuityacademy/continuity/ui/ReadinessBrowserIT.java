package org.continuityacademy.continuity.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.continuity.AssignmentRow;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** In a real browser, a manager gives a team member a service role, and the readiness matrix shows it. */
@IntegrationTest
class ReadinessBrowserIT {

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;
    @Autowired
    ServiceRegister services;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    UserDetailsService users;

    @Test
    void a_manager_assigns_a_service_role_and_the_matrix_shows_the_holder_and_that_they_are_not_trained_yet() {
        String name = "Card Payments " + System.nanoTime() % 100_000;
        long serviceId = SignedIn.as(users, "continuity", () -> services.create(new ServiceDraft(name, "Takes card payments",
                null, 1, 60, 5, 8 * 60, Set.of(new RequiredRole("it-recovery-lead", true)), Set.of())).id());

        Page page = browsers.newPage(1400, 900);
        page.navigate("http://localhost:" + port + "/my-team");
        Browsers.signIn(page, "manager", "demo");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign role to Lena Novak")).click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        // the dialog's date reads like the tables' ("7 Dec 2026" or "Dec 7, 2026"), not "12/7/2026" (#17)
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("From").setExact(true)))
                .hasValue(java.util.regex.Pattern.compile("\\d{1,2} [A-Z][a-z]{2,3} \\d{4}|[A-Z][a-z]{2,3} \\d{1,2}, \\d{4}"));
        choose(page, "Continuity role", "IT Recovery Lead");
        choose(page, "Critical service", name);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Primary")).check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Why")).fill("knows the card terminals best");
        Browsers.screenshot(page, "manager-assigns-service-role");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign").setExact(true)).click();
        assertThat(dialog).hasCount(0);
        // My team shows the new role with its readiness at once
        assertThat(page.getByText("IT Recovery Lead for " + name + " (primary)")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Service readiness")).click();
        Locator serviceLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
        assertThat(serviceLink).isVisible();
        Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Lena Novak"));
        assertThat(row.first()).containsText("Primary:");
        assertThat(row.first()).containsText("0 of " + org.continuityacademy.RoleModules.RECOVERY_LEAD.size() + " modules");
        Browsers.screenshot(page, "manager-readiness-matrix");

        // drill down to the service's holders
        serviceLink.click();
        assertThat(page.getByText("Readiness:")).isVisible();
        assertThat(page.getByText("A required role has no trained primary.")).isVisible();
        Browsers.screenshot(page, "manager-service-drill-down");

        SignedIn.as(users, "continuity", () -> {
            roles.holders(serviceId).stream().map(AssignmentRow::id).forEach(id -> roles.end(id, "test clean-up"));
            return null;
        });
    }

    private static void choose(Page page, String label, String option) {
        Locator box = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label));
        box.fill(option);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }
}
