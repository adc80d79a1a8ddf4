package org.continuityacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.base.ui.NotFoundView;
import org.continuityacademy.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** What each demo person sees in the navigation, and where the app sends people who may not enter. */
@IntegrationTest
class NavigationViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_the_login() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        UI.getCurrent().navigate("admin/accounts");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithAnonymousUser
    void a_sign_in_the_database_could_not_check_says_so_and_asks_to_try_again_in_a_minute() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error&unavailable"));
        var form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        // the texts the form shows, as the browser gets them (its i18n property)
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Please try again in a minute")
                .contains("cannot reach its database just now").doesNotContain("password is wrong");

        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));
        assertThat(String.valueOf($(LoginForm.class).single().getElement().getPropertyRaw("i18n"))).contains("password is wrong")
                .doesNotContain("database");
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_sees_only_their_home() {
        assertThat(navigation()).containsExactly("My continuity");
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_sees_their_team() {
        assertThat(navigation()).containsExactly("My continuity", "Coverage", "Service readiness", "My team");
    }

    @Test
    @WithUserDetails("hr")
    void hr_sees_the_employees_their_import_and_the_catalogue() {
        assertThat(navigation()).containsExactly("My continuity", "Coverage", "Service readiness", "Employees", "Import employees",
                "Critical services", "Campaigns", "Evidence packs", "Training catalogue", "Assign training");
    }

    @Test
    @WithUserDetails("continuity")
    void the_continuity_manager_who_leads_a_team_sees_it_and_the_continuity_views() {
        assertThat(navigation()).containsExactly("My continuity", "Coverage", "Service readiness", "My team", "Employees",
                "Critical services", "Vacant roles", "Campaigns", "Evidence packs", "Training catalogue", "Our arrangements",
                "Assign training");
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_who_leads_a_team_sees_it_and_employees_accounts_settings_api_tokens_the_outbox_and_the_audit_trail() {
        assertThat(navigation()).containsExactly("My continuity", "Coverage", "Service readiness", "My team", "Employees",
                "Our arrangements", "Accounts",
                "Settings", "API tokens", "E-mail outbox", "Audit trail");
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_who_opens_an_admin_route_is_denied() {
        UI.getCurrent().navigate("admin/accounts");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        UI.getCurrent().navigate("employees");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_unknown_route_shows_the_friendly_not_found_page() {
        UI.getCurrent().navigate("no/such/page");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(getCurrentView().getElement().getText() + getCurrentView().getElement().getChild(0).getText())
                .contains("We could not find that page");
    }

    private List<String> navigation() {
        UI.getCurrent().navigate("");
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
