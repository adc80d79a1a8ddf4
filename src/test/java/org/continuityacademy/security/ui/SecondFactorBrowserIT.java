package org.continuityacademy.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Two-step sign-in for the powerful, in Chromium: HR and administrators with a local account give a passkey (a virtual
 * authenticator through the DevTools protocol stands in for the device) or a code sent by e-mail after their password;
 * until then every view sends them to the second-factor page, and their HR or administrator views stay closed.
 */
@IntegrationTest
@TestPropertySource(properties = "academy.security.second-factor-roles=HR,ADMIN")
// a context of its own, which replaces the JVM-wide security context strategy: after the shared context's tests
@Order(Integer.MAX_VALUE - 2)
class SecondFactorBrowserIT {

    private static final Pattern CODE = Pattern.compile("sign-in code is ([A-Z0-9]{8})");

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;
    @Autowired
    GreenMail mail;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hr_gives_an_emailed_code_after_the_password_before_reaching_hr_views() throws Exception {
        Page page = browsers.newPage(1280, 900);
        page.navigate(url("employees"));
        Browsers.signIn(page, "hr", "demo");
        assertThat(page).hasURL(Pattern.compile(".*/second-factor(\\?continue)?$"));
        assertThat(page.getByText("Confirm it's you").first()).isVisible();

        // every other view sends them back here until the second factor is given
        page.navigate(url("employees"));
        assertThat(page).hasURL(Pattern.compile(".*/second-factor(\\?continue)?$"));

        // a wrong code is refused and changes nothing
        page.locator("#send-code").click();
        String code = awaitCode(email("hr"), 1);
        page.locator("#sign-in-code").fill("WRONG234");
        page.locator("#confirm-code").click();
        assertThat(page).hasURL(Pattern.compile(".*/second-factor\\?code=wrong$"));
        assertThat(page.getByText("That code is not right")).isVisible();

        // a new code ends the earlier one; the new one works, once
        page.locator("#send-code").click();
        String second = awaitCode(email("hr"), 2);
        page.locator("#sign-in-code").fill(code);
        page.locator("#confirm-code").click();
        assertThat(page.getByText("That code is not right")).isVisible();
        page.locator("#send-code").click();
        String third = awaitCode(email("hr"), 3);
        page.locator("#sign-in-code").fill(third.toLowerCase());
        page.locator("#confirm-code").click();
        assertThat(page.getByText("Hello, Hannah Lewis")).isVisible();
        page.navigate(url("employees"));
        assertThat(page).hasURL(Pattern.compile(".*/employees$"));
        assertThat(page.getByText("Margaret Ashby").first()).isVisible();
        Browsers.screenshot(page, "second-factor-hr-in");
        org.assertj.core.api.Assertions.assertThat(second).isNotEqualTo(third);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from sign_in_code where code_hash = ?")
                .param(sha256(third)).query(Long.class).single()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from sign_in_code where code_hash = ?")
                .param(third).query(Long.class).single()).as("the code itself is never stored").isZero();
    }

    @Test
    void an_administrator_sets_up_a_passkey_and_signs_in_with_it_next_time() {
        Page page = browsers.newPage(1280, 900);
        var devtools = page.context().newCDPSession(page);
        devtools.send("WebAuthn.enable");
        var options = new JsonObject();
        var authenticator = new JsonObject();
        authenticator.addProperty("protocol", "ctap2");
        authenticator.addProperty("transport", "internal");
        authenticator.addProperty("hasResidentKey", true);
        authenticator.addProperty("hasUserVerification", true);
        authenticator.addProperty("isUserVerified", true);
        options.add("options", authenticator);
        devtools.send("WebAuthn.addVirtualAuthenticator", options);

        page.navigate(url("admin/accounts"));
        Browsers.signIn(page, "admin", "demo");
        assertThat(page).hasURL(Pattern.compile(".*/second-factor(\\?continue)?$"));
        Browsers.screenshot(page, "second-factor-first-time");
        page.locator("#passkey-label input").fill("Test laptop");
        page.locator("#set-up-passkey").click();
        assertThat(page.getByText("Hello, Sam Okafor")).isVisible();
        page.navigate(url("admin/accounts"));
        assertThat(page).hasURL(Pattern.compile(".*/admin/accounts$"));

        // next time: password, then the passkey
        page.context().clearCookies();
        page.navigate(url("admin/accounts"));
        Browsers.signIn(page, "admin", "demo");
        assertThat(page).hasURL(Pattern.compile(".*/second-factor(\\?continue)?$"));
        assertThat(page.locator("#use-passkey")).isVisible();
        Browsers.screenshot(page, "second-factor-passkey");
        page.locator("#use-passkey").click();
        assertThat(page.getByText("Hello, Sam Okafor")).isVisible();
        page.navigate(url("admin/accounts"));
        assertThat(page).hasURL(Pattern.compile(".*/admin/accounts$"));

        // the user menu's Passkeys: the one set up is listed; this device says it already holds one for the account;
        // once the old one is removed (a lost device), a new one is added on the spot
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("User menu for Sam Okafor")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Passkeys")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Test laptop")).isVisible();
        dialog.getByLabel("Name for this passkey").fill("Second key");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add passkey")).click();
        assertThat(dialog.getByText("The passkey was not added.", new Locator.GetByTextOptions().setExact(false))).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove the passkey Test laptop")).click();
        assertThat(dialog.getByText("You have no passkey yet.")).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add passkey")).click();
        assertThat(dialog.getByText("Second key")).isVisible();
        assertThat(dialog.getByText("Test laptop")).hasCount(0);
        Browsers.screenshot(page, "passkeys-dialog");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                        select action from audit_entry where subject_type = 'account' and action like 'passkey%'
                        and summary like 'admin: %' order by at, id""").query(String.class).list())
                .containsSubsequence("passkey added", "passkey removed", "passkey added");
    }

    @Test
    void a_learner_is_not_asked_for_a_second_factor() {
        Page page = browsers.newPage(1280, 900);
        page.navigate(url(""));
        Browsers.signIn(page, "learner", "demo");
        assertThat(page.getByText("Hello, Lena Novak")).isVisible();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private String email(String username) {
        return jdbc.sql("select email from account where username = ?").param(username).query(String.class).single();
    }

    /** The code in the n-th sign-in e-mail to this address. */
    private String awaitCode(String to, int n) {
        return Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> Arrays.stream(mail.getReceivedMessagesForDomain(to))
                .filter(m -> {
                    try {
                        return m.getSubject().contains("sign-in code");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).map(GreenMailUtil::getBody).map(CODE::matcher).filter(Matcher::find).map(m -> m.group(1)).toList(),
                codes -> codes.size() >= n).get(n - 1);
    }

    private static String sha256(String code) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(code.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
