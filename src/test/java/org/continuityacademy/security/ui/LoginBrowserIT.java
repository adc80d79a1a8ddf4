package org.continuityacademy.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser (Debian's Chromium) signs in as the demo learner, sees the home view and signs out.
 * Without a browser the test is skipped on a developer's machine, but fails when CI is set.
 */
@IntegrationTest
class LoginBrowserIT {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI is set but there is no browser at " + CHROMIUM
                        + ": install Debian's chromium package (apt-get install -y chromium)");
            }
            Assumptions.abort("No browser at " + CHROMIUM + "; install chromium to run browser tests");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void a_learner_signs_in_sees_their_home_and_signs_out() throws Exception {
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            // a fresh checkout's first page load in dev mode can be slow
            page.setDefaultTimeout(90_000);
            page.navigate("http://localhost:" + port + "/");

            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            signIn(page, "learner", "demo");

            assertThat(page.getByText("Hello, Lena Novak")).isVisible();
            assertThat(page.locator("vaadin-side-nav-item")).hasCount(1);
            screenshot(page, "learner-home");

            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("User menu for Lena Novak")).click();
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
            assertThat(page.locator("vaadin-login-form")).isVisible();

            // signed out means signed out: the home view asks to sign in again
            page.navigate("http://localhost:" + port + "/");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
    }

    @Test
    void a_failed_sign_in_says_only_that_the_name_or_password_is_wrong() throws Exception {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(90_000);
            page.navigate("http://localhost:" + port + "/login");
            signIn(page, "learner", "not-the-password");

            assertThat(page.getByText("The user name or password is wrong.")).isVisible();
            screenshot(page, "login-failed");

            // an unknown user name gets exactly the same answer, so nobody can probe for accounts
            page.navigate("http://localhost:" + port + "/login");
            signIn(page, "nobody-by-this-name", "not-the-password");
            assertThat(page.getByText("The user name or password is wrong.")).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        }
    }

    private static void signIn(Page page, String username, String password) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("User name")).fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    }

    private static void screenshot(Page page, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")));
    }
}
