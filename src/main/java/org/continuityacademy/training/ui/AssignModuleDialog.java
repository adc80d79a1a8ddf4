package org.continuityacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import org.continuityacademy.base.ui.DatePickers;
import org.continuityacademy.catalogue.ModuleInfo;
import org.continuityacademy.training.AssignmentRejected;
import org.continuityacademy.training.TrainingRecords;

/**
 * Assigns a module by hand to one or more people, with a due date and a reason. The due date is a day in the
 * organisation's time zone; the earliest it can be is the organisation's today ({@code clock} is the application's).
 */
public class AssignModuleDialog extends Dialog {

    final ComboBox<ModuleInfo> module = new ComboBox<>(getTranslation("assign-module.module"));
    final DatePicker due = DatePickers.localised(new DatePicker(getTranslation("assign-module.due")));
    final TextField reason = new TextField(getTranslation("assign-module.why"));
    final Paragraph error = new Paragraph();
    final Button assign = new Button(getTranslation("assign-module.assign"));

    public AssignModuleDialog(String who, Collection<Long> employeeIds, List<ModuleInfo> modules, TrainingRecords records,
                              Clock clock, IntConsumer onAssigned) {
        setHeaderTitle(getTranslation("assign-module.header", who));
        LocalDate today = LocalDate.now(clock);
        module.setItems(modules);
        module.setItemLabelGenerator(m -> m.title() + " (" + m.version() + ")");
        module.setWidth("26rem");
        module.setRequiredIndicatorVisible(true);
        due.setValue(today.plusDays(30));
        due.setMin(today);
        due.setRequiredIndicatorVisible(true);
        reason.setWidth("26rem");
        reason.setRequiredIndicatorVisible(true);
        reason.setPlaceholder(getTranslation("assign-module.why.placeholder"));
        reason.setMaxLength(500);
        error.addClassName("text-error");
        error.setVisible(false);
        var form = new Div(module, due, reason, error);
        form.addClassNames("flex", "flex-col");
        add(form);
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(e -> {
            if (module.getValue() == null) {
                module.setInvalid(true);
                module.setErrorMessage(getTranslation("assign-module.error.module"));
                return;
            }
            if (due.getValue() == null) {
                due.setInvalid(true);
                due.setErrorMessage(getTranslation("assign-module.error.due"));
                return;
            }
            try {
                int created = records.assignByHand(employeeIds, module.getValue().id(), due.getValue(), reason.getValue());
                close();
                int kept = employeeIds.size() - created;
                String text = getTranslation("assign-module.assigned", created)
                        + (kept > 0 ? " " + getTranslation("assign-module.kept", kept) : "");
                Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onAssigned.accept(created);
            } catch (AssignmentRejected rejected) {
                error.setText(rejected.getMessage());
                error.setVisible(true);
            }
        });
        getFooter().add(new Button(getTranslation("assign-module.cancel"), e -> close()), assign);
    }
}
