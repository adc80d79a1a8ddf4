package org.continuityacademy.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.continuityacademy.catalogue.FactRefused;
import org.continuityacademy.catalogue.OrganisationFactRow;
import org.continuityacademy.catalogue.OrganisationFacts;

/** Edits the organisation's value of one fact; a refused value is named at the field and nothing is saved. */
class FactDialog extends Dialog {

    final TextArea value = new TextArea(getTranslation("organisation-facts.dialog.value"));
    final Button save = new Button(getTranslation("organisation-facts.dialog.save"));
    final Button useDefault = new Button(getTranslation("organisation-facts.dialog.use-default"));

    FactDialog(OrganisationFactRow fact, OrganisationFacts facts, Consumer<OrganisationFactRow> onSaved) {
        setHeaderTitle(getTranslation("organisation-facts.dialog.heading", fact.label()));
        setWidth("min(40rem, 96vw)");

        value.setValue(fact.value());
        value.setHelperText(fact.description());
        value.setRequiredIndicatorVisible(true);
        // the column's size; the service says so in words when a pasted value is longer
        value.setMaxLength(500);
        value.setWidthFull();
        var defaultValue = new Paragraph(getTranslation("organisation-facts.dialog.default", fact.defaultValue()));
        defaultValue.addClassNames("text-s", "text-secondary");
        add(value, defaultValue);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            value.setInvalid(false);
            try {
                done(facts.change(fact.key(), value.getValue()), "organisation-facts.saved", onSaved);
            } catch (FactRefused refused) {
                value.setErrorMessage(refused.getMessage());
                value.setInvalid(true);
            }
        });
        useDefault.setVisible(fact.own());
        useDefault.addClickListener(e -> done(facts.useDefault(fact.key()), "organisation-facts.reset", onSaved));
        getFooter().add(new Button(getTranslation("organisation-facts.dialog.cancel"), e -> close()), useDefault, save);
    }

    private void done(OrganisationFactRow saved, String message, Consumer<OrganisationFactRow> onSaved) {
        onSaved.accept(saved);
        Notification.show(getTranslation(message, saved.label()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
    }
}
