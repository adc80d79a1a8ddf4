package org.continuityacademy.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.directory.AccountAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In a real browser: six wrong passwords lock the learner's sign-in, so the right one is refused with "try again later";
 * once an administrator unlocks the account (in the Accounts view, or through the service) the right password works.
 */
@IntegrationTest
class SignInThrottleBrowserIT {

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forgetFailedSignIns() {
        jdbc.sql("delete from sign_in_failure").update();
        jdbc.sql("delete from sign_in_lock").update();
    }

    @Test
    void six_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it() {
        Page page = browsers.newPage(1280, 800);
        lockTheLearner(page);

        page.navigate(url("/login"));
        Browsers.signIn(page, "learner", "demo");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error&locked$"));
        assertThat(page.getByText("Please try again later.")).isVisible();
        assertThat(page.getByText("The user name or password is wrong", new Page.GetByTextOptions().setExact(false))).isVisible();
        Browsers.screenshot(page, "login-locked");

        long learner = SignedIn.as(users, "admin", () -> administration.search("learner", PageRequest.of(0, 5)).getFirst().id());
        SignedIn.as(users, "admin", () -> administration.unlock(learner));

        page.navigate(url("/login"));
        Browsers.signIn(page, "learner", "demo");
        assertThat(page.getByText("Hello, Lena Novak")).isVisible();
    }

    @Test
    void an_administrator_sees_the_lock_in_the_accounts_view_and_unlocks_it() {
        Page learnerPage = browsers.newPage(1280, 800);
        lockTheLearner(learnerPage);

        Page admin = browsers.newPage(1400, 900);
        admin.navigate(url("/admin/accounts"));
        Browsers.signIn(admin, "admin", "demo");
        admin.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search accounts")).fill("learner");
        // the list has followed the search (before that, a click may land on a row the grid is about to replace)
        assertThat(admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Edit access of ")))).hasCount(1);
        assertThat(admin.getByText(Pattern.compile("^Locked until "))).isVisible();
        Browsers.screenshot(admin, "accounts-locked");

        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unlock Lena Novak")).click();
        assertThat(admin.getByText("Lena Novak can sign in again.")).isVisible();
        Browsers.screenshot(admin, "accounts-unlocked");
        assertThat(admin.getByText(Pattern.compile("^Locked until "))).hasCount(0);

        learnerPage.navigate(url("/login"));
        Browsers.signIn(learnerPage, "learner", "demo");
        assertThat(learnerPage.getByText("Hello, Lena Novak")).isVisible();
    }

    private void lockTheLearner(Page page) {
        for (int i = 1; i <= 6; i++) {
            page.navigate(url("/login"));
            Browsers.signIn(page, "learner", "wrong-password-" + i);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
