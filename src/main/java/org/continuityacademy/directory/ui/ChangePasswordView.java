package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.continuityacademy.directory.Passwords;

/**
 * The page that a person whose password must be changed (the first administrator's generated one) is sent to from
 * every view until they have chosen their own ({@link PasswordChangeGuard}).
 */
@Route(value = "change-password", autoLayout = false)
@PageTitle("change-password.title")
@PermitAll
class ChangePasswordView extends Main {

    final ChangePasswordForm form;
    final Button save = new Button(getTranslation("change-password.save"));

    ChangePasswordView(Passwords passwords, AuthenticationContext authentication) {
        form = new ChangePasswordForm(passwords);
        addClassName("academy-login");
        var heading = new H1(getTranslation("change-password.required.heading"));
        var intro = new Paragraph(getTranslation("change-password.required.intro"));
        intro.addClassName("academy-login-intro");
        form.setWidth("min(22rem, 90vw)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setWidth("min(22rem, 90vw)");
        save.addClickListener(e -> {
            if (form.change()) {
                getUI().ifPresent(ui -> ui.navigate(""));
            }
        });
        var signOut = new Button(getTranslation("change-password.sign-out"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, intro, form, save, signOut);
    }
}
