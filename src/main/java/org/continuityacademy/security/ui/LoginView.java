package org.continuityacademy.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.continuityacademy.security.SingleSignOn;

/**
 * Sign-in: with the organisation's single sign-on when it is set up ("Sign in with …", above), and with a local
 * account's user name and password (below; hidden for everyone but break-glass accounts when the administrator
 * says so, and then shown at {@code /login?local}). A failed attempt never says whether the user name exists; after too
 * many ({@code /login?error&locked}, see {@link org.continuityacademy.security.SignInThrottle}) it adds "try again later".
 */
@Route(value = "login", autoLayout = false)
@PageTitle("login.title")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Div localSignIn = new Div();
    private final AuthenticationContext authenticationContext;
    private final SingleSignOn sso;

    LoginView(AuthenticationContext authenticationContext, SingleSignOn sso) {
        this.authenticationContext = authenticationContext;
        this.sso = sso;
        addClassName("academy-login");

        var title = new H1(getTranslation("app.name"));
        title.getStyle().set("margin-bottom", "0");
        var intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("academy-login-intro");

        form.setAction("login");
        // by address, not by class: the forgot-password page belongs to the directory, which depends on security
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(i18n(false, false, false));
        add(title, intro);
        if (sso.enabled()) {
            var signInWith = new Anchor("oauth2/authorization/" + SingleSignOn.REGISTRATION,
                    getTranslation("login.sso.button", sso.name()));
            signInWith.setRouterIgnore(true);
            signInWith.addClassName("academy-sso-button");
            signInWith.setId("sign-in-with-sso");
            var or = new Paragraph(getTranslation("login.sso.or"));
            or.addClassName("academy-login-or");
            localSignIn.add(or);
            add(signInWith);
        }
        localSignIn.add(form);
        add(localSignIn);
    }

    /**
     * After too many failed attempts the error says the same as for a wrong password, plus "try again later"; when the
     * database could not be reached, it says so; a form posted after its page expired ({@code ?expired},
     * {@code SignInPageExpired}) asks to sign in again.
     */
    private LoginI18n i18n(boolean tooManyAttempts, boolean databaseAway, boolean expired) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.form.forgot-password"));
        i18n.getErrorMessage().setTitle(getTranslation(databaseAway ? "login.error.unavailable.title"
                : expired ? "login.expired.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(databaseAway ? "login.error.unavailable"
                : expired ? "login.expired.message"
                : tooManyAttempts ? "login.error.locked" : "login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean expired = parameters.containsKey("expired");
        form.setI18n(i18n(parameters.containsKey("locked"), parameters.containsKey("unavailable"), expired));
        form.setError(parameters.containsKey("error") || expired);
        localSignIn.setVisible(sso.localFormForEveryone() || parameters.containsKey("local") || parameters.containsKey("error")
                || expired);
    }
}
