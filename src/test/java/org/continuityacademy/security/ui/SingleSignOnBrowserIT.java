package org.continuityacademy.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.TestRecords;
import org.continuityacademy.demo.idp.IdentityDirectory.Person;
import org.continuityacademy.demo.idp.SpoiledTokens;
import org.continuityacademy.demo.idp.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Single sign-on through the real redirect flow in Chromium: the app sends the browser to Harbourline ID (the demo's
 * identity provider, on its own port), the person signs in there, and comes back signed in to the app as the
 * employee whose verified e-mail matches. People the app must refuse land on a page that says what to do, and
 * each refusal is in the audit trail.
 */
@IntegrationTest
class SingleSignOnBrowserIT {

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    TestIdentityProvider.Extra identities;

    @Test
    void an_employee_signs_in_with_harbourline_id_and_reaches_my_continuity() {
        String email = jdbc.sql("select e.email from employee e join account a on a.employee_id = e.id where a.username = 'learner'")
                .query(String.class).single();
        Page page = signInWithProvider(email);

        assertThat(page.getByText("Hello, Lena Novak")).isVisible();
        assertThat(page).hasURL(Pattern.compile("http://localhost:" + port + "/.*"));
        Browsers.screenshot(page, "sso-learner-home");
        String linked = jdbc.sql("select sso_subject from account where username = 'learner'").query(String.class).single();
        org.assertj.core.api.Assertions.assertThat(linked).contains("|harbourline-");
    }

    @Test
    void a_leaver_is_told_their_access_has_ended_and_nothing_is_created() {
        var records = new TestRecords(jdbc, clock);
        long leaver = records.employee("Lee", "Ver", null);
        jdbc.sql("update employee set active = false where id = ?").param(leaver).update();
        String email = email(leaver);

        Page page = signInWithProvider(email);

        assertThat(page).hasURL(Pattern.compile(".*/sign-in-problem\\?reason=left-organisation$"));
        assertThat(page.getByText("The employee list says you have left the organisation")).isVisible();
        Browsers.screenshot(page, "sso-leaver-refused");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from account where employee_id = ?").param(leaver)
                .query(Long.class).single()).isZero();
        org.assertj.core.api.Assertions.assertThat(refusals(email)).containsExactly("left-organisation");
    }

    @Test
    void an_unverified_address_and_a_person_hr_does_not_know_are_refused() {
        var records = new TestRecords(jdbc, clock);
        long employee = records.employee("Una", "Verified", null);
        String unverified = email(employee);
        identities.put(new Person("x-" + employee, unverified, false, "Una", "Verified", "X" + employee, List.of()));
        String stranger = "stranger." + employee + "@example.com";
        identities.put(new Person("y-" + employee, stranger, true, "Stran", "Ger", "none", List.of()));

        Page page = signInWithProvider(unverified);
        assertThat(page).hasURL(Pattern.compile(".*/sign-in-problem\\?reason=email-not-verified$"));
        assertThat(page.getByText("has not confirmed your e-mail address")).isVisible();

        page = signInWithProvider(stranger);
        assertThat(page).hasURL(Pattern.compile(".*/sign-in-problem\\?reason=not-in-directory$"));
        assertThat(page.getByText("Please ask HR")).isVisible();
        Browsers.screenshot(page, "sso-unknown-refused");

        org.assertj.core.api.Assertions.assertThat(refusals(unverified)).containsExactly("email-not-verified");
        org.assertj.core.api.Assertions.assertThat(refusals(stranger)).containsExactly("not-in-directory");
    }

    @Test
    void a_forged_state_a_token_not_signed_by_the_provider_and_a_token_for_another_sign_in_are_refused() {
        var records = new TestRecords(jdbc, clock);
        long forged = records.employee("Sig", "Nature", null);
        long replayed = records.employee("Non", "Ce", null);
        SpoiledTokens.spoil(email(forged), SpoiledTokens.Spoil.SIGNATURE);
        SpoiledTokens.spoil(email(replayed), SpoiledTokens.Spoil.NONCE);

        // a callback the app never asked for: no sign-in started with this state
        Page page = browsers.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/login/oauth2/code/sso?code=made-up&state=made-up");
        assertThat(page).hasURL(Pattern.compile(".*/sign-in-problem\\?reason=failed$"));
        assertThat(page.getByText("The sign-in did not complete.", new Page.GetByTextOptions().setExact(false))).isVisible();
        Browsers.screenshot(page, "sso-forged-state-refused");

        for (long who : List.of(forged, replayed)) {
            page = signInWithProvider(email(who));
            assertThat(page).hasURL(Pattern.compile(".*/sign-in-problem\\?reason=failed$"));
            assertThat(page.getByText("The sign-in did not complete.", new Page.GetByTextOptions().setExact(false))).isVisible();
            // nobody is signed in: the app's first page asks for a sign-in
            page.navigate("http://localhost:" + port + "/");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from account where employee_id = ? and sso_subject is not null")
                    .param(who).query(Long.class).single()).as("no link made").isZero();
        }
    }

    /** Opens the app's sign-in page in a new browser, chooses Harbourline ID and signs in there. */
    private Page signInWithProvider(String email) {
        Page page = browsers.newPage(1280, 900);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#sign-in-with-sso").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Harbourline ID"))).isVisible();
        page.locator("#username").fill(email);
        page.locator("#password").fill("demo");
        page.locator("button[type=submit]").click();
        page.waitForURL(url -> url.startsWith("http://localhost:" + port + "/") && !url.contains("/login/oauth2/code"));
        return page;
    }

    private String email(long employee) {
        return jdbc.sql("select email from employee where id = ?").param(employee).query(String.class).single();
    }

    private List<String> refusals(String email) {
        return jdbc.sql("select after_state from audit_entry where action = 'single sign-on refused' and subject_id = ?")
                .param(email).query(String.class).list();
    }
}
