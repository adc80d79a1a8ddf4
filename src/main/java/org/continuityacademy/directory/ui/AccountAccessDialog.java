package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Arrays;
import java.util.function.Consumer;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.directory.AccountAdministration;
import org.continuityacademy.directory.AccountChangeRefused;
import org.continuityacademy.directory.AccountRow;
import org.continuityacademy.security.AppRole;

/**
 * Grants or withdraws app roles, enables or disables an account, and removes the passkeys of someone who lost the
 * device holding them.
 */
class AccountAccessDialog extends Dialog {

    final CheckboxGroup<AppRole> roles = new CheckboxGroup<>(getTranslation("account-access.roles"));
    final Checkbox enabled = new Checkbox(getTranslation("account-access.enabled"));
    final Button save = new Button(getTranslation("account-access.save"));
    final Button resetTwoStep = new Button(getTranslation("account-access.two-step.reset"));

    AccountAccessDialog(AccountRow account, AccountAdministration administration, Consumer<AccountRow> onSaved) {
        setHeaderTitle(getTranslation("account-access.title", account.displayName()));
        setWidth("min(36rem, 95vw)");

        roles.setItems(Arrays.asList(AppRole.values()));
        roles.setItemLabelGenerator(role -> getTranslation("account-access.role", getTranslation(Messages.labelKey(role)),
                getTranslation(Messages.labelKey(role) + ".description")));
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setValue(account.roles());
        enabled.setValue(account.enabled());
        enabled.setHelperText(getTranslation("account-access.enabled.help"));

        add(new Paragraph(account.username() + (account.email() == null ? "" : " · " + account.email())), roles, enabled);

        var twoStep = new H3(getTranslation("account-access.two-step"));
        twoStep.addClassNames("text-m", "mt-m", "mb-xs");
        var passkeys = new Paragraph(account.passkeys() == 0 ? getTranslation("account-access.two-step.none")
                : getTranslation("account-access.two-step.some", account.passkeys()));
        passkeys.addClassNames("m-0");
        resetTwoStep.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        resetTwoStep.setAriaLabel(getTranslation("account-access.two-step.reset.aria", account.displayName()));
        resetTwoStep.setVisible(account.passkeys() > 0);
        resetTwoStep.addClickListener(e -> confirmResetTwoStep(account, administration, onSaved));
        add(twoStep, passkeys, resetTwoStep);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                onSaved.accept(administration.changeAccess(account.id(), roles.getValue(), enabled.getValue()));
                Notification.show(getTranslation("account-access.saved", account.displayName()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            } catch (AccountChangeRefused refused) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        getFooter().add(new Button(getTranslation("account-access.cancel"), e -> close()), save);
    }

    private void confirmResetTwoStep(AccountRow account, AccountAdministration administration, Consumer<AccountRow> onSaved) {
        var confirm = new ConfirmDialog(getTranslation("account-access.two-step.confirm.title", account.displayName()),
                getTranslation("account-access.two-step.confirm.text", account.displayName()),
                getTranslation("account-access.two-step.confirm.yes"), e -> {
                    e.getSource().close(); // before the notification, which would otherwise join the closing dialog
                    resetTwoStep(account, administration, onSaved);
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("account-access.two-step.confirm.no"));
        confirm.open();
    }

    void resetTwoStep(AccountRow account, AccountAdministration administration, Consumer<AccountRow> onSaved) {
        try {
            onSaved.accept(administration.resetTwoStepSignIn(account.id()));
            close();
            Notification.show(getTranslation("account-access.two-step.done", account.displayName()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountChangeRefused refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
