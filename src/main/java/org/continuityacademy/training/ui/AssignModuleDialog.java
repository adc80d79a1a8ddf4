package org.continuityacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import org.continuityacademy.catalogue.ModuleInfo;
import org.continuityacademy.training.AssignmentRejected;
import org.continuityacademy.training.TrainingRecords;

/** Assigns a module by hand to one or more people, with a due date and a reason. */
public class AssignModuleDialog extends Dialog {

    final ComboBox<ModuleInfo> module = new ComboBox<>("Module");
    final DatePicker due = new DatePicker("Due", LocalDate.now().plusDays(30));
    final TextField reason = new TextField("Why");
    final Paragraph error = new Paragraph();
    final Button assign = new Button("Assign");

    public AssignModuleDialog(String who, Collection<Long> employeeIds, List<ModuleInfo> modules, TrainingRecords records,
                              IntConsumer onAssigned) {
        setHeaderTitle("Assign a module to " + who);
        module.setItems(modules);
        module.setItemLabelGenerator(m -> m.title() + " (" + m.version() + ")");
        module.setWidth("26rem");
        module.setRequiredIndicatorVisible(true);
        due.setMin(LocalDate.now());
        due.setRequiredIndicatorVisible(true);
        reason.setWidth("26rem");
        reason.setRequiredIndicatorVisible(true);
        reason.setPlaceholder("e.g. joined the incident response rota");
        reason.setMaxLength(500);
        error.addClassName("text-error");
        error.setVisible(false);
        var form = new com.vaadin.flow.component.html.Div(module, due, reason, error);
        form.addClassNames("flex", "flex-col");
        add(form);
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(e -> {
            if (module.getValue() == null) {
                module.setInvalid(true);
                module.setErrorMessage("Choose a module.");
                return;
            }
            if (due.getValue() == null) {
                due.setInvalid(true);
                due.setErrorMessage("Choose a due date.");
                return;
            }
            try {
                int created = records.assignByHand(employeeIds, module.getValue().id(), due.getValue(), reason.getValue());
                close();
                int kept = employeeIds.size() - created;
                Notification.show(created == 1 ? "Module assigned." : created + " people got the module."
                                + (kept > 0 ? " " + kept + " already had it open or have left." : ""), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onAssigned.accept(created);
            } catch (AssignmentRejected rejected) {
                error.setText(rejected.getMessage());
                error.setVisible(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), assign);
    }
}
