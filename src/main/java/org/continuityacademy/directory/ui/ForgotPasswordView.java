package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.continuityacademy.directory.PasswordResets;

/**
 * "Forgot password", from the sign-in page: the person gives their work e-mail address and is told that a link is on
 * its way if the address belongs to an account here. The answer is the same whether it does or not.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("forgot-password.title")
@AnonymousAllowed
class ForgotPasswordView extends Main {

    final EmailField email = new EmailField(getTranslation("forgot-password.email"));
    final Button send = new Button(getTranslation("forgot-password.send"));
    final Div form = new Div();
    final Paragraph answer = new Paragraph();

    ForgotPasswordView(PasswordResets resets) {
        addClassName("academy-login");
        var heading = new H1(getTranslation("forgot-password.heading"));
        var intro = new Paragraph(getTranslation("forgot-password.intro"));
        intro.addClassName("academy-login-intro");

        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("forgot-password.email.invalid"));
        email.setWidthFull();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setWidthFull();
        send.addClickListener(e -> {
            String address = email.getValue().strip();
            if (address.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            resets.request(address);
            // the same answer for every address: nobody learns here whether an account exists
            answer.setText(getTranslation("forgot-password.sent", address));
            form.setVisible(false);
            intro.setVisible(false);
            answer.setVisible(true);
        });
        form.add(email, send);
        form.addClassNames("flex", "flex-col", "gap-s");
        form.setWidth("min(22rem, 90vw)");
        answer.addClassName("academy-login-intro");
        answer.setVisible(false);

        var back = new Anchor("login", getTranslation("forgot-password.back"));
        add(heading, intro, form, answer, new Paragraph(back));
    }
}
