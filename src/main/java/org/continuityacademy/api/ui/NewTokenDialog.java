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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.continuityacademy.api.ApiScope;
import org.continuityacademy.api.ApiTokenRejected;
import org.continuityacademy.api.ApiTokens;
import org.continuityacademy.api.NewApiToken;

/** Asks what a new token is for, what it may read and until when; problems are shown at their field and nothing is saved. */
class NewTokenDialog extends Dialog {

    final TextField name = new TextField("Name");
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>("May read");
    final DatePicker expiresOn = new DatePicker("Expires on");
    final Button save = new Button("Create token");

    NewTokenDialog(ApiTokens tokens, Consumer<NewApiToken> onCreated) {
        setHeaderTitle("New API token");
        setWidth("min(36rem, 95vw)");

        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        name.setHelperText("Which system will use it, e.g. “Power BI – HR dashboard”");
        scopes.setItems(Arrays.asList(ApiScope.values()));
        scopes.setItemLabelGenerator(scope -> scope.label() + " — " + scope.description());
        scopes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        scopes.setRequiredIndicatorVisible(true);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // day before month, as the app shows dates everywhere (base.ui.Dates)
        expiresOn.setLocale(Locale.UK);
        expiresOn.setValue(today.plusDays(ApiTokens.DEFAULT_DAYS));
        expiresOn.setMin(today.plusDays(1));
        expiresOn.setMax(today.plusDays(ApiTokens.MAX_DAYS));
        expiresOn.setRequiredIndicatorVisible(true);
        expiresOn.setHelperText("The token stops working on this day (at midnight UTC); at most a year from today.");

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
        getFooter().add(new Button("Cancel", e -> close()), save);
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
