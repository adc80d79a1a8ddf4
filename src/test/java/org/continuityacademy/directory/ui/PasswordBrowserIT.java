package org.continuityacademy.directory.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Pattern;
import org.continuityacademy.Browsers;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.directory.MailLinks;
import org.continuityacademy.directory.TestAccounts;
import org.continuityacademy.directory.TestAccounts.Person;
import org.continuityacademy.notifications.NotificationBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * People who were never in the app set their own password through the real browser: HR invites them from the
 * employee list (single sign-on is on in the tests, so nobody is invited on joining), the invitation arrives at the
 * test mail server, its link sets a password, and the person signs in with their e-mail address and sees My
 * continuity. And: forgot password, the e-mail, a new password, sign in.
 */
@IntegrationTest
class PasswordBrowserIT {

    static final String PASSWORD = "tulip harbour lantern nine";

    @RegisterExtension
    static final Browsers.InClass browsers = new Browsers.InClass();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    GreenMail greenMail;

    @Test
    void hr_invites_a_newcomer_who_sets_a_password_from_the_e_mail_and_signs_in() {
        String family = "Wren" + Long.toString(System.nanoTime(), 36);
        Person person = TestAccounts.newcomer(context, "Hedda", family);

        Page hr = browsers.newPage(1280, 900);
        hr.navigate(url("employees"));
        Browsers.signIn(hr, "hr", "demo");
        hr.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search employees")).fill(family);
        assertThat(hr.locator("vaadin-grid-cell-content").getByText(person.email())).isVisible();
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite…")).click();
        // the dialog's first opening in development mode can take a while
        assertThat(hr.getByText("1 person in this list has not signed in yet.", new Page.GetByTextOptions().setExact(false)))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        Browsers.screenshot(hr, "invite-count");
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite 1 person")).click();
        assertThat(hr.getByText("1 person invited.", new Page.GetByTextOptions().setExact(false)).first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        Browsers.screenshot(hr, "invite-done");

        MimeMessage mail = mailTo(person.email());
        Page page = browsers.newPage(1280, 900);
        page.navigate(url("set-password?token=" + MailLinks.token(mail)));
        assertThat(page.getByText("Welcome! Choose your password")).isVisible();
        assertThat(page.getByLabel("User name")).hasValue(person.email());
        // the rules speak up, and nothing is set
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("too short");
        page.getByLabel("New password again").fill("too short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();
        // the field's message (a live region repeats it for screen readers)
        assertThat(page.getByText("Use at least 15 characters; this has 9.", new Page.GetByTextOptions().setExact(false)).first())
                .isVisible();
        Browsers.screenshot(page, "set-password-refused");

        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("New password again").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();
        assertThat(page.getByText("Your password is set")).isVisible();
        Browsers.screenshot(page, "set-password-done");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        Browsers.signIn(page, person.email(), PASSWORD);
        assertThat(page.getByText("Hello, " + person.name())).isVisible();
        Browsers.screenshot(page, "invited-person-home");

        // the link was used up: opened again, it says so and offers a new one
        Page again = browsers.newPage(1280, 900);
        again.navigate(url("set-password?token=" + MailLinks.token(mail)));
        assertThat(again.getByText("This link cannot be used")).isVisible();
        assertThat(again.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for a new link"))).isVisible();
        Browsers.screenshot(again, "set-password-link-used");
    }

    @Test
    void someone_who_forgot_their_password_gets_a_link_sets_a_new_one_and_signs_in() {
        Person person = TestAccounts.newcomer(context, "Ivar", "Stenmark");
        TestAccounts.setPassword(context, person.accountId(), "an old password nobody remembers");

        Page page = browsers.newPage(1280, 900);
        page.navigate(url("login"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forgot password")).click();
        assertThat(page).hasURL(Pattern.compile(".*/forgot-password$"));
        page.getByLabel("Work e-mail address").fill(person.email());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
        assertThat(page.getByText("a link to choose a new one is on its way", new Page.GetByTextOptions().setExact(false))).isVisible();
        Browsers.screenshot(page, "forgot-password-sent");

        MimeMessage mail = mailTo(person.email());
        page.navigate(url("set-password?token=" + MailLinks.token(mail)));
        assertThat(page.getByText("Choose a new password")).isVisible();
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("New password again").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();
        assertThat(page.getByText("Your password is set")).isVisible();

        page.navigate(url("login"));
        Browsers.signIn(page, person.email(), PASSWORD);
        assertThat(page.getByText("Hello, " + person.name())).isVisible();

        // the user menu offers to change the password, in a dialog
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("User menu for " + person.name())).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.getByLabel("Current password")).isVisible();
        Browsers.screenshot(page, "change-password-dialog");
    }

    @Test
    void an_unknown_address_gets_the_same_answer() {
        Page page = browsers.newPage(1280, 900);
        page.navigate(url("forgot-password"));
        page.getByLabel("Work e-mail address").fill("nobody@nowhere.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
        assertThat(page.getByText("If nobody@nowhere.example belongs to an account that signs in with a password here, "
                + "a link to choose a new one is on its way.", new Page.GetByTextOptions().setExact(false))).isVisible();
    }

    private MimeMessage mailTo(String address) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            NotificationBench.dispatchNow(context);
            return !MailLinks.to(greenMail, address).isEmpty();
        });
        return MailLinks.to(greenMail, address).getLast();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
