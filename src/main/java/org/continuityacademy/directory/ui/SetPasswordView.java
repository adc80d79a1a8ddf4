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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.directory.LinkNotValid;
import org.continuityacademy.directory.PasswordLink;
import org.continuityacademy.directory.PasswordRefused;
import org.continuityacademy.directory.Passwords;

/**
 * Where the link of an invitation or a password reset leads ({@code set-password?token=…}): the person sees their
 * user name and chooses a password, typed twice. On success the link is used up and they are sent to sign in. A link
 * that cannot be used (expired, used, replaced, made up or altered) gets one page that says so and what to do; it
 * changes nothing.
 */
@Route(value = "set-password", autoLayout = false)
@PageTitle("set-password.title")
@AnonymousAllowed
class SetPasswordView extends Main implements BeforeEnterObserver {

    private final Passwords passwords;
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    final TextField username = new TextField(getTranslation("set-password.username"));
    final NewPasswordFields fields = new NewPasswordFields();
    final Button save = new Button(getTranslation("set-password.save"));
    final Div form = new Div();
    final Div done = new Div();
    final Div invalid = new Div();
    private String token = "";

    SetPasswordView(Passwords passwords) {
        this.passwords = passwords;
        addClassName("academy-login");
        intro.addClassName("academy-login-intro");
        // shown for the person and for their password manager, which saves the new password under this name
        username.setReadOnly(true);
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        save.setWidthFull();
        form.add(username, fields, save);
        form.addClassNames("flex", "flex-col", "gap-s");
        form.setWidth("min(22rem, 90vw)");

        var doneHeading = new H1(getTranslation("set-password.done.heading"));
        var signIn = new Anchor("login", getTranslation("set-password.done.sign-in"));
        signIn.addClassName("academy-sso-button");
        done.add(doneHeading, new Paragraph(getTranslation("set-password.done.text")), signIn);
        done.addClassNames("flex", "flex-col", "items-center");
        done.setVisible(false);

        var invalidHeading = new H1(getTranslation("set-password.invalid.heading"));
        var what = new Paragraph(getTranslation("set-password.invalid.what"));
        what.addClassName("academy-login-intro");
        var next = new Paragraph(getTranslation("set-password.invalid.next"));
        next.addClassName("academy-login-intro");
        var newLink = new Anchor("forgot-password", getTranslation("set-password.invalid.new-link"));
        var back = new Anchor("login", getTranslation("set-password.invalid.back"));
        invalid.add(invalidHeading, what, next, new Paragraph(newLink), new Paragraph(back));
        invalid.addClassNames("flex", "flex-col", "items-center");
        invalid.setVisible(false);

        add(heading, intro, form, done, invalid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        passwords.link(token).ifPresentOrElse(this::showForm, this::showInvalid);
    }

    private void showForm(PasswordLink link) {
        heading.setText(getTranslation(link.invitation() ? "set-password.heading.invitation" : "set-password.heading.reset"));
        Formats formats = Formats.current();
        intro.setText(getTranslation("set-password.intro", link.displayName(), formats.dateTime(link.expiresAt()), formats.zoneName()));
        username.setValue(link.username());
        form.setVisible(true);
        invalid.setVisible(false);
    }

    private void showInvalid() {
        heading.setVisible(false);
        intro.setVisible(false);
        form.setVisible(false);
        done.setVisible(false);
        invalid.setVisible(true);
    }

    void save() {
        try {
            passwords.setWithLink(token, fields.password.getValue(), fields.repeat.getValue());
        } catch (PasswordRefused refused) {
            fields.show(refused);
            return;
        } catch (LinkNotValid notValid) {
            showInvalid();
            return;
        }
        token = "";
        heading.setVisible(false);
        intro.setVisible(false);
        form.setVisible(false);
        done.setVisible(true);
    }
}
