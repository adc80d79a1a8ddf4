package org.continuityacademy.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.audit.AuditRow;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.directory.AccountAdministration;
import org.continuityacademy.directory.AccountRow;
import org.continuityacademy.directory.FirstAdministrators;
import org.continuityacademy.directory.TestAccounts;
import org.continuityacademy.directory.TestAccounts.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The password pages and actions without a browser: what they show and what they refuse. */
@IntegrationTest
class PasswordViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountAdministration administration;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;

    @Test
    void a_made_up_link_gets_the_page_that_says_it_cannot_be_used() {
        UI.getCurrent().navigate("set-password", QueryParameters.of("token", "x".repeat(43)));
        var view = (SetPasswordView) getCurrentView();

        assertThat(view.invalid.isVisible()).isTrue();
        assertThat(view.form.isVisible()).isFalse();

        UI.getCurrent().navigate("set-password");
        assertThat(((SetPasswordView) getCurrentView()).invalid.isVisible()).isTrue();
    }

    @Test
    void forgot_password_asks_for_an_address_and_then_answers_the_same_for_any() {
        var view = navigate(ForgotPasswordView.class);
        test(view.send).click();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.answer.isVisible()).isFalse();

        test(view.email).setValue("somebody@nowhere.example");
        test(view.send).click();

        assertThat(view.answer.isVisible()).isTrue();
        assertThat(view.answer.getText()).startsWith("If somebody@nowhere.example belongs to an account");
        assertThat(view.form.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_resends_an_invitation_and_forces_a_reset_from_the_account_list() {
        Person person = TestAccounts.newcomer(context, "Tove", "Marklund");
        var view = navigate(AccountsView.class);
        AccountRow row = administration.search(person.email(), PageRequest.of(0, 1)).getFirst();

        view.resend(row);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Invitation sent to %s (%s).", person.name(), person.email());

        view.reset(row);
        assertThat(test($(Notification.class).last()).getText()).startsWith("The password of " + person.name() + " is cleared");
        assertThat(history(person)).extracting(AuditRow::action).containsExactly("account invited", "password reset forced");

        // an account with a password gets no invitation: the administrator is told why
        TestAccounts.setPassword(context, person.accountId(), "tulip harbour lantern nine");
        view.resend(administration.search(person.email(), PageRequest.of(0, 1)).getFirst());
        assertThat(test($(Notification.class).last()).getText()).contains("has a password already");
    }

    @Test
    void the_first_administrator_is_sent_to_change_the_password_from_every_view_until_it_is_done() {
        var admin = FirstAdministrators.create(context, "first-" + Long.toString(System.nanoTime(), 36), "admin123");
        var principal = users.loadUserByUsername(admin);
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try {
            UI.getCurrent().navigate("admin/accounts");
            assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
            UI.getCurrent().navigate("employees");
            var view = (ChangePasswordView) getCurrentView();

            test(view.form.current).setValue("admin123");
            test(view.form.fields.password).setValue("short");
            test(view.form.fields.repeat).setValue("short");
            test(view.save).click();
            assertThat(view.form.fields.password.isInvalid()).isTrue();
            assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);

            test(view.form.fields.password).setValue("lantern quay at low tide");
            test(view.form.fields.repeat).setValue("lantern quay at low tide");
            test(view.save).click();

            UI.getCurrent().navigate("admin/accounts");
            assertThat(getCurrentView()).isInstanceOf(AccountsView.class);
        } finally {
            SecurityContextHolder.clearContext();
            FirstAdministrators.disable(context, admin);
        }
    }

    private List<AuditRow> history(Person person) {
        return SignedIn.as(users, "admin", () -> audit.history("account", String.valueOf(person.accountId())));
    }
}
