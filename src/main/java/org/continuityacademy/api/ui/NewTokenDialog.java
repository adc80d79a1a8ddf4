package org.continuityacademy.api.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.continuityacademy.api.ApiScope;
import org.continuityacademy.api.ApiTokenRejected;
import org.continuityacademy.api.ApiTokens;
import org.continuityacademy.api.NewApiToken;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.DatePickers;

/** Asks what a new token is for, what it may read and until when; problems are shown at their field and nothing is saved. */
class NewTokenDialog extends Dialog {

    final TextField name = new TextField(getTranslation("new-token.name"));
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>(getTranslation("new-token.scopes"));
    final DatePicker expiresOn = DatePickers.localised(new DatePicker(getTranslation("new-token.expires-on")));
    final Button save = new Button(getTranslation("new-token.create"));

    NewTokenDialog(ApiTokens tokens, Clock clock, Consumer<NewApiToken> onCreated) {
        setHeaderTitle(getTranslation("new-token.title"));
        setWidth("min(36rem, 95vw)");

        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        name.setHelperText(getTranslation("new-token.name.help"));
        scopes.setItems(Arrays.asList(ApiScope.values()));
        scopes.setItemLabelGenerator(scope -> getTranslation("new-token.scope", getTranslation(Messages.labelKey(scope)),
                getTranslation(Messages.labelKey(scope) + ".description")));
        scopes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        // not setRequiredIndicatorVisible: <vaadin-checkbox-group required> puts aria-required on its role="group", which
        // ARIA does not allow there (axe: aria-allowed-attr, critical) and NVDA does not announce (upstream
        // vaadin/web-components#2931, open); the helper text says it to everyone, and the service refuses no scope
        scopes.setHelperText(getTranslation("new-token.scopes.help"));
        // the organisation's today: a token stops working when its expiry date begins in the organisation's time zone
        LocalDate today = LocalDate.now(clock);
        // the person's locale, as for every date the app shows (the pseudo-locale's dates look like the organisation's default)
        expiresOn.setValue(today.plusDays(ApiTokens.DEFAULT_DAYS));
        expiresOn.setMin(today.plusDays(1));
        expiresOn.setMax(today.plusDays(ApiTokens.MAX_DAYS));
        expiresOn.setRequiredIndicatorVisible(true);
        expiresOn.setHelperText(getTranslation("new-token.expires-on.help", Formats.current().zoneName()));

        var form = new FormLayout(name, scopes, expiresOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            clearErrors();
            try {
                var created = tokens.create(name.getValue(), scopes.getValue(), expiresOn.getValue());
                close();
                onCreated.accept(created);
            } catch (ApiTokenRejected rejected) {
                rejected.problems().forEach(this::showError);
            }
        });
        getFooter().add(new Button(getTranslation("new-token.cancel"), e -> close()), save);
    }

    private void showError(String field, String message) {
        HasValidation target = switch (field) {
            case "name" -> name;
            case "scopes" -> scopes;
            default -> expiresOn;
        };
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(name, scopes, expiresOn)) {
            field.setInvalid(false);
        }
    }
}
