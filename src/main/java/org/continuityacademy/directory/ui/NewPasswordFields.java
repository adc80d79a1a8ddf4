package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import org.continuityacademy.directory.PasswordRefused;
import org.continuityacademy.security.PasswordRules;

/**
 * A new password typed twice, with what makes a good one as help, and the problems the service found shown on each
 * field. Pasting is allowed (a password manager's long password is the best kind).
 */
class NewPasswordFields extends Div {

    final PasswordField password = new PasswordField(getTranslation("password.field.new"));
    final PasswordField repeat = new PasswordField(getTranslation("password.field.repeat"));

    NewPasswordFields() {
        password.setHelperText(getTranslation("password.field.new.help", PasswordRules.MIN_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(PasswordRules.MAX_LENGTH * 2);
        password.setWidthFull();
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setMaxLength(PasswordRules.MAX_LENGTH * 2);
        repeat.setWidthFull();
        password.addValueChangeListener(e -> clear(password));
        repeat.addValueChangeListener(e -> clear(repeat));
        addClassNames("flex", "flex-col");
        add(password, repeat);
    }

    /** Shows the problems of the new password and its repeat; returns whether there were any. */
    boolean show(PasswordRefused refused) {
        show(password, refused.problems(PasswordRefused.Field.PASSWORD));
        show(repeat, refused.problems(PasswordRefused.Field.REPEAT));
        return !refused.problems(PasswordRefused.Field.PASSWORD).isEmpty() || !refused.problems(PasswordRefused.Field.REPEAT).isEmpty();
    }

    static void show(PasswordField field, List<String> problems) {
        field.setErrorMessage(String.join(" ", problems));
        field.setInvalid(!problems.isEmpty());
    }

    private static void clear(HasValue<?, ?> field) {
        if (field instanceof PasswordField passwordField && passwordField.isInvalid()) {
            passwordField.setInvalid(false);
        }
    }
}
