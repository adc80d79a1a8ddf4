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

    final TextField reason = new TextField("Why");
    final Button waive = new Button("Waive");

    public WaiveDialog(TrainingAssignmentRow assignment, TrainingRecords records, Runnable onWaived) {
        setHeaderTitle("Waive " + assignment.moduleTitle() + "?");
        reason.setWidth("24rem");
        reason.setMaxLength(500);
        reason.setPlaceholder("e.g. passed the same training elsewhere");
        add(new Paragraph("The person no longer has to complete this module. The assignment stays in their history."), reason);
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
        getFooter().add(new Button("Cancel", e -> close()), waive);
    }
}
