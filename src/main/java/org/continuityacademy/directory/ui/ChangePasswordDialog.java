package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.continuityacademy.directory.Passwords;

/** "Change password" from the user menu: the current password, the new one twice. */
class ChangePasswordDialog extends Dialog {

    final ChangePasswordForm form;
    final Button save = new Button(getTranslation("change-password.save"));

    ChangePasswordDialog(Passwords passwords) {
        form = new ChangePasswordForm(passwords);
        setHeaderTitle(getTranslation("change-password.title"));
        setWidth("min(26rem, 95vw)");
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (form.change()) {
                Notification.show(getTranslation("change-password.saved"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            }
        });
        getFooter().add(new Button(getTranslation("change-password.cancel"), e -> close()), save);
    }
}
