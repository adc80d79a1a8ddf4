package org.continuityacademy.security.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.MyPasskeys;
import org.continuityacademy.security.SecondFactor;
import org.continuityacademy.security.SignInCodeSender;

/**
 * The second step of signing in for people who hold HR or Administrator through a local account: a passkey (set one
 * up here the first time), or a code sent by e-mail. Until one of them is given, every other view sends them here.
 */
@Route(value = "second-factor", autoLayout = false)
@PageTitle("second-factor.title")
@PermitAll
public class SecondFactorView extends Main implements BeforeEnterObserver {

    private final MyPasskeys passkeys;
    private final SignInCodeSender codes;
    private final CurrentUser currentUser;
    private final AuthenticationContext authenticationContext;
    private final Paragraph problem = new Paragraph();
    private final Div passkeySection = new Div();
    private final Div codeSection = new Div();

    SecondFactorView(MyPasskeys passkeys, SignInCodeSender codes, CurrentUser currentUser, AuthenticationContext authenticationContext) {
        this.passkeys = passkeys;
        this.codes = codes;
        this.currentUser = currentUser;
        this.authenticationContext = authenticationContext;
        addClassName("academy-login");
        getElement().setAttribute("data-second-factor", "");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!currentUser.hasAuthority(SecondFactor.NEEDED)) {
            event.forwardTo("");
            return;
        }
        event.getUI().getPage().addJavaScript("js/passkeys.js");
        removeAll();
        var box = new Div();
        box.addClassName("academy-second-factor");
        var heading = new H1(getTranslation("second-factor.heading"));
        var why = new Paragraph(getTranslation("second-factor.why"));
        problem.setVisible(false);
        problem.addClassName("academy-problem");
        problem.getElement().setAttribute("role", "alert");
        if (event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of()).contains("wrong")) {
            showProblem(getTranslation("second-factor.code.wrong"));
        }
        passkeySection.removeAll();
        passkeySection.add(new H2(getTranslation("second-factor.passkey.heading")));
        if (passkeys.haveAny()) {
            var use = new Button(getTranslation("second-factor.passkey.use"), e -> signInWithPasskey());
            use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            use.setId("use-passkey");
            passkeySection.add(new Paragraph(getTranslation("second-factor.passkey.have")), use);
        } else {
            var label = new TextField(getTranslation("second-factor.passkey.label"));
            label.setValue(getTranslation("second-factor.passkey.label-default"));
            label.setId("passkey-label");
            var setUp = new Button(getTranslation("second-factor.passkey.set-up"), e -> setUpPasskey(label.getValue()));
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            setUp.setId("set-up-passkey");
            passkeySection.add(new Paragraph(getTranslation("second-factor.passkey.none")), label, setUp);
        }
        codeSection.removeAll();
        var send = new Button(getTranslation("second-factor.code.send"), e -> sendCode());
        send.setId("send-code");
        codeSection.add(new H2(getTranslation("second-factor.code.heading")), new Paragraph(getTranslation("second-factor.code.explain")), send);
        var signOut = new Anchor("", getTranslation("second-factor.sign-out"));
        // a link in the tab order that goes nowhere itself ("javascript:" addresses break the Content-Security-Policy)
        signOut.getElement().addEventListener("click", e -> authenticationContext.logout()).preventDefault();
        signOut.getElement().setAttribute("href", "#");
        box.add(heading, why, problem, passkeySection, codeSection, signOut);
        add(box);
    }

    private void signInWithPasskey() {
        getElement().executeJs("""
                const view = $0;
                window.academyPasskeys.signIn().then(url => { window.location.href = url || './'; })
                    .catch(e => view.$server.passkeyFailed(String(e && e.message || e)));
                """, getElement());
    }

    private void setUpPasskey(String label) {
        String name = label == null || label.isBlank() ? getTranslation("second-factor.passkey.label-default") : label.strip();
        getElement().executeJs("""
                const view = $0;
                window.academyPasskeys.register($1).then(() => window.academyPasskeys.signIn())
                    .then(url => { window.location.href = url || './'; })
                    .catch(e => view.$server.passkeyFailed(String(e && e.message || e)));
                """, getElement(), name);
    }

    @ClientCallable
    void passkeyFailed(String reason) {
        showProblem(getTranslation("second-factor.passkey.failed"));
    }

    private void sendCode() {
        String to = codes.sendToMe();
        if (to == null) {
            showProblem(getTranslation("second-factor.code.not-sent"));
            return;
        }
        problem.setVisible(false);
        codeSection.removeAll();
        codeSection.add(new H2(getTranslation("second-factor.code.heading")),
                new Paragraph(getTranslation("second-factor.code.sent", to)), codeForm());
    }

    /** A plain form to Spring Security's one-time-token login, which checks the code and adds the factor. */
    private Div codeForm() {
        var form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "login/ott");
        // a native input, so the form sends it as "token"
        var label = new Element("label");
        label.setAttribute("for", "sign-in-code");
        label.setText(getTranslation("second-factor.code.label"));
        var code = new Element("input");
        code.setAttribute("id", "sign-in-code");
        code.setAttribute("name", "token");
        code.setAttribute("type", "text");
        code.setAttribute("autocomplete", "one-time-code");
        code.setAttribute("autocapitalize", "characters");
        code.setAttribute("spellcheck", "false");
        code.setAttribute("required", "");
        code.setAttribute("class", "academy-code");
        var csrf = new Element("input");
        csrf.setAttribute("type", "hidden");
        csrf.setAttribute("name", "_csrf");
        var submit = new Element("button");
        submit.setAttribute("type", "submit");
        submit.setAttribute("id", "confirm-code");
        submit.setAttribute("class", "academy-submit");
        submit.setText(getTranslation("second-factor.code.confirm"));
        form.appendChild(label, code, csrf, submit);
        // the page's CSRF token (the meta tag Vaadin writes for Spring Security) goes with the form when it is sent
        form.executeJs("""
                this.addEventListener('submit', () => {
                  const token = document.querySelector('meta[name="_csrf"]');
                  const parameter = document.querySelector('meta[name="_csrf_parameter"]');
                  if (parameter) { $0.name = parameter.content; }
                  if (token) { $0.value = token.content; }
                });
                """, csrf);
        var holder = new Div();
        holder.getElement().appendChild(form);
        return holder;
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }
}
