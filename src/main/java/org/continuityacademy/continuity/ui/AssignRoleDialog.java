package org.continuityacademy.continuity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.continuity.AssignRole;
import org.continuityacademy.continuity.AssignmentRefused;
import org.continuityacademy.continuity.AssignmentRow;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.Position;
import org.jspecify.annotations.Nullable;

/**
 * Gives one person a continuity role. For a role held per service the service is chosen too; if the
 * service already has a primary, the dialog asks before replacing them.
 */
class AssignRoleDialog extends Dialog {

    final ComboBox<RoleDefinition> role = new ComboBox<>("Continuity role");
    final ComboBox<Long> service = new ComboBox<>("Critical service");
    final RadioButtonGroup<Position> position = new RadioButtonGroup<>("Position");
    final TextField reason = new TextField("Why");
    final DatePicker from = new DatePicker("From", LocalDate.now());
    final DatePicker until = new DatePicker("Until (optional)");
    final Paragraph error = new Paragraph();
    final Button save = new Button("Assign");

    AssignRoleDialog(long employeeId, String employeeName, ContinuityRoles roles, List<RoleDefinition> roleCatalogue,
                     Map<Long, String> serviceNames, @Nullable Long presetService, @Nullable String presetRole,
                     Consumer<AssignmentRow> onAssigned) {
        this(employeeId, employeeName, roles, roleCatalogue, serviceNames, presetService, presetRole, Position.PRIMARY, onAssigned);
    }

    AssignRoleDialog(long employeeId, String employeeName, ContinuityRoles roles, List<RoleDefinition> roleCatalogue,
                     Map<Long, String> serviceNames, @Nullable Long presetService, @Nullable String presetRole,
                     Position presetPosition, Consumer<AssignmentRow> onAssigned) {
        setHeaderTitle("Give " + employeeName + " a continuity role");
        setWidth("min(40rem, 96vw)");

        role.setItems(roleCatalogue.stream().filter(r -> !RoleDefinition.ALL_STAFF.equals(r.key())).toList());
        role.setItemLabelGenerator(r -> r.name() + (r.perService() ? " (per service)" : ""));
        role.setRequiredIndicatorVisible(true);
        role.addValueChangeListener(e -> service.setVisible(e.getValue() != null && e.getValue().perService()));
        service.setItems(serviceNames.keySet());
        service.setItemLabelGenerator(id -> serviceNames.getOrDefault(id, "?"));
        service.setVisible(false);
        position.setItems(Position.values());
        position.setItemLabelGenerator(Position::label);
        position.setValue(presetPosition);
        reason.setPlaceholder("e.g. runs the payments platform day to day");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        error.addClassNames("text-error", "text-s");
        error.setVisible(false);

        roleCatalogue.stream().filter(r -> r.key().equals(presetRole)).findFirst().ifPresent(role::setValue);
        if (presetService != null) {
            service.setValue(presetService);
        }

        var form = new FormLayout(role, service, position, reason, from, until);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(role, 2);
        form.setColspan(service, 2);
        form.setColspan(reason, 2);
        add(form, error);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit(employeeId, roles, onAssigned, false));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void submit(long employeeId, ContinuityRoles roles, Consumer<AssignmentRow> onAssigned, boolean replace) {
        error.setVisible(false);
        if (role.getValue() == null) {
            showError("Choose a continuity role.");
            return;
        }
        var request = new AssignRole(employeeId, role.getValue().key(), service.isVisible() ? service.getValue() : null,
                position.getValue(), reason.getValue(), from.getValue() == null ? LocalDate.now() : from.getValue(),
                until.getValue(), replace);
        try {
            AssignmentRow row = roles.assign(request);
            onAssigned.accept(row);
            Notification.show(row.employeeName() + " is now " + row.position().label().toLowerCase() + " " + row.roleName()
                    + (row.serviceName() == null ? "" : " for " + row.serviceName()) + ".", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        } catch (AssignmentRefused refused) {
            if (refused.currentPrimary() != null && !replace) {
                confirmReplace(refused.getMessage(), () -> submit(employeeId, roles, onAssigned, true));
            } else {
                showError(refused.getMessage());
            }
        }
    }

    private void confirmReplace(String question, Runnable replace) {
        var confirm = new Dialog();
        confirm.setHeaderTitle("Replace the primary?");
        confirm.add(new Paragraph(question + " Their assignment ends today and stays in the history."));
        var yes = new Button("Replace", e -> {
            confirm.close();
            replace.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button("Keep the current primary", e -> confirm.close()), yes);
        confirm.open();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
