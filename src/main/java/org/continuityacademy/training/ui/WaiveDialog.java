package org.continuityacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.continuityacademy.training.AssignmentRejected;
import org.continuityacademy.training.TrainingAssignmentRow;
import org.continuityacademy.training.TrainingRecords;

/** Waives one open assignment; the reason goes into the history and the audit trail. */
public class WaiveDialog extends Dialog {

    final TextField reason = new TextField(getTranslation("waive.why"));
    final Button waive = new Button(getTranslation("waive.waive"));

    public WaiveDialog(TrainingAssignmentRow assignment, TrainingRecords records, Runnable onWaived) {
        setHeaderTitle(getTranslation("waive.header", assignment.moduleTitle()));
        reason.setWidth("24rem");
        reason.setMaxLength(500);
        reason.setPlaceholder(getTranslation("waive.why.placeholder"));
        add(new Paragraph(getTranslation("waive.explanation")), reason);
        waive.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        waive.addClickListener(e -> {
            try {
                records.waive(assignment.id(), reason.getValue());
                close();
                onWaived.run();
            } catch (AssignmentRejected rejected) {
                reason.setInvalid(true);
                reason.setErrorMessage(rejected.getMessage());
            }
        });
        getFooter().add(new Button(getTranslation("waive.cancel"), e -> close()), waive);
    }
}
