package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.continuityacademy.directory.PasswordRefused;
import org.continuityacademy.directory.Passwords;

/** The current password and a new one typed twice; {@link #change()} asks the service and shows what it refused. */
class ChangePasswordForm extends Div {

    final PasswordField current = new PasswordField(getTranslation("password.field.current"));
    final NewPasswordFields fields = new NewPasswordFields();
    private final Passwords passwords;

    ChangePasswordForm(Passwords passwords) {
        this.passwords = passwords;
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setWidthFull();
        current.addValueChangeListener(e -> current.setInvalid(false));
        addClassNames("flex", "flex-col");
        add(current, fields);
    }

    /** Changes the password; false (with the problems shown on their fields) when it was refused. */
    boolean change() {
        try {
            passwords.change(current.getValue(), fields.password.getValue(), fields.repeat.getValue());
            return true;
        } catch (PasswordRefused refused) {
            NewPasswordFields.show(current, refused.problems(PasswordRefused.Field.CURRENT));
            fields.show(refused);
            return false;
        }
    }
}
