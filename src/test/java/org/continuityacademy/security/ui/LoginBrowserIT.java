package org.continuityacademy.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser signs in as the demo learner, sees the home view and signs out. */
@IntegrationTest
class LoginBrowserIT {

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;

    @Test
    void a_learner_signs_in_sees_their_home_and_signs_out() {
        Page page = browsers.newPage(1280, 800);
        page.navigate("http://localhost:" + port + "/");

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        Browsers.signIn(page, "learner", "demo");

        assertThat(page.getByText("Hello, Lena Novak")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(1);
        Browsers.screenshot(page, "learner-home");

        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("User menu for Lena Novak")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("vaadin-login-form")).isVisible();

        // signed out means signed out: the home view asks to sign in again
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void a_failed_sign_in_says_only_that_the_name_or_password_is_wrong() {
        Page page = browsers.newPage(1280, 800);
        page.navigate("http://localhost:" + port + "/login");
        Browsers.signIn(page, "learner", "not-the-password");

        assertThat(page.getByText("The user name or password is wrong.")).isVisible();
        Browsers.screenshot(page, "login-failed");

        // an unknown user name gets exactly the same answer, so nobody can probe for accounts
        page.navigate("http://localhost:" + port + "/login");
        Browsers.signIn(page, "nobody-by-this-name", "not-the-password");
        assertThat(page.getByText("The user name or password is wrong.")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
    }
}
