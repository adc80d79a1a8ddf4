package org.continuityacademy.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.directory.EmployeeImports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two people signed in, in Chromium: one with a password, one through Harbourline ID. HR's import makes both
 * leavers while their tabs stay open and untouched; within a minute each tab says the session has ended, the next
 * action lands on the sign-in page, and neither can sign in again.
 */
@IntegrationTest
class LeaverSessionBrowserIT {

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;
    @Autowired
    EmployeeImports imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;


    /** The failed sign-ins here (a leaver or a disabled account trying again) must not count against the next tests. */
    @AfterEach
    void forgetFailedSignIns() {
        jdbc.sql("delete from sign_in_failure").update();
        jdbc.sql("delete from sign_in_lock").update();
    }

    void importAsHr(String fileName, String rows) {
        SignedIn.as(users, "hr", () -> imports.apply(imports.preview(fileName, ("Employee number,First name,Last name,E-mail,"
                + "Department,Manager number,Location,Hire date,Active\n" + rows).getBytes(StandardCharsets.UTF_8), false).importId()));
    }

    @Test
    void a_leavers_open_tab_says_the_session_has_ended_within_a_minute_and_they_cannot_sign_in_again() {
        String n = String.valueOf(System.nanoTime() % 100_000_000);
        String lou = "lou.local." + n + "@harbourline.example";
        String sid = "sid.single." + n + "@harbourline.example";
        String louRow = "LB" + n + "1,Lou,Local," + lou + ",Claims,,Leeds,2025-01-01,";
        String sidRow = "LB" + n + "2,Sid,Single," + sid + ",Claims,,Leeds,2025-01-01,";
        importAsHr("joiners.csv", louRow + "yes\n" + sidRow + "yes\n");
        jdbc.sql("update account set password_hash = ? where username = ?")
                .params(passwords.encode("lou's long local password"), lou).update();

        Page louTab = browsers.newPage(1280, 800);
        louTab.navigate("http://localhost:" + port + "/");
        Browsers.signIn(louTab, lou, "lou's long local password");
        assertThat(louTab.getByText("Hello, Lou Local")).isVisible();
        Page sidTab = signInWithProvider(sid);
        assertThat(sidTab.getByText("Hello, Sid Single")).isVisible();

        importAsHr("leavers.csv", louRow + "no\n" + sidRow + "no\n");

        // nobody touches the tabs: each learns from its own heartbeat that its session has ended
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> louTab.locator(".v-system-error").isVisible() && sidTab.locator(".v-system-error").isVisible());
        assertThat(louTab.locator(".v-system-error")).containsText("Your session has ended");
        assertThat(sidTab.locator(".v-system-error")).containsText("Your session has ended");
        Browsers.screenshot(louTab, "leaver-session-ended");

        // the next action lands on the sign-in page, and the password no longer signs in
        louTab.locator(".v-system-error").click();
        assertThat(louTab).hasURL(Pattern.compile(".*/login$"));
        Browsers.signIn(louTab, lou, "lou's long local password");
        assertThat(louTab.getByText("The user name or password is wrong.")).isVisible();
        Browsers.screenshot(louTab, "leaver-cannot-sign-in-again");

        sidTab.keyboard().press("Escape");
        assertThat(sidTab).hasURL(Pattern.compile(".*/login$"));
        Page again = signInWithProvider(sid);
        assertThat(again).hasURL(Pattern.compile(".*/sign-in-problem\\?reason=left-organisation$"));
    }

    /** Opens the app's sign-in page in a new browser, chooses Harbourline ID and signs in there. */
    private Page signInWithProvider(String email) {
        Page page = browsers.newPage(1280, 800);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#sign-in-with-sso").click();
        signInAtProvider(page, email);
        return page;
    }

    private void signInAtProvider(Page page, String email) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Harbourline ID"))).isVisible();
        page.locator("#username").fill(email);
        page.locator("#password").fill("demo");
        page.locator("button[type=submit]").click();
        page.waitForURL(url -> url.startsWith("http://localhost:" + port + "/") && !url.contains("/login/oauth2/code"));
    }
}
