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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.DatePickers;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.continuity.AssignRole;
import org.continuityacademy.continuity.AssignmentRefused;
import org.continuityacademy.continuity.AssignmentRow;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.Position;
import org.jspecify.annotations.Nullable;

/**
 * Gives one person a continuity role. For a role held per service the service is chosen too; if the
 * service already has a primary, the dialog asks before replacing them. "From" starts as the
 * organisation's today (the application clock's date in the organisation's time zone), not the browser's
 * or the server's.
 */
class AssignRoleDialog extends Dialog {

    final ComboBox<RoleDefinition> role = new ComboBox<>(getTranslation("assign-role.role"));
    final ComboBox<Long> service = new ComboBox<>(getTranslation("assign-role.service"));
    final RadioButtonGroup<Position> position = new RadioButtonGroup<>(getTranslation("assign-role.position"));
    final TextField reason = new TextField(getTranslation("assign-role.reason"));
    final DatePicker from = DatePickers.localised(new DatePicker(getTranslation("assign-role.from")));
    final DatePicker until = DatePickers.localised(new DatePicker(getTranslation("assign-role.until")));
    final Paragraph error = new Paragraph();
    final Button save = new Button(getTranslation("assign-role.assign"));
    private final Clock clock;

    AssignRoleDialog(long employeeId, String employeeName, ContinuityRoles roles, List<RoleDefinition> roleCatalogue,
                     Map<Long, String> serviceNames, @Nullable Long presetService, @Nullable String presetRole, Clock clock,
                     Consumer<AssignmentRow> onAssigned) {
        this(employeeId, employeeName, roles, roleCatalogue, serviceNames, presetService, presetRole, Position.PRIMARY, clock,
                onAssigned);
    }

    AssignRoleDialog(long employeeId, String employeeName, ContinuityRoles roles, List<RoleDefinition> roleCatalogue,
                     Map<Long, String> serviceNames, @Nullable Long presetService, @Nullable String presetRole,
                     Position presetPosition, Clock clock, Consumer<AssignmentRow> onAssigned) {
        this.clock = clock;
        setHeaderTitle(getTranslation("assign-role.heading", employeeName));
        setWidth("min(40rem, 96vw)");

        role.setItems(roleCatalogue.stream().filter(r -> !RoleDefinition.ALL_STAFF.equals(r.key())).toList());
        role.setItemLabelGenerator(r -> r.perService() ? getTranslation("assign-role.role.per-service", r.name()) : r.name());
        role.setRequiredIndicatorVisible(true);
        role.addValueChangeListener(e -> service.setVisible(e.getValue() != null && e.getValue().perService()));
        service.setItems(serviceNames.keySet());
        service.setItemLabelGenerator(id -> serviceNames.getOrDefault(id, "?"));
        service.setVisible(false);
        position.setItems(Position.values());
        position.setItemLabelGenerator(p -> getTranslation(Messages.labelKey(p)));
        position.setValue(presetPosition);
        reason.setPlaceholder(getTranslation("assign-role.reason.placeholder"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        from.setValue(LocalDate.now(clock));
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
        getFooter().add(new Button(getTranslation("assign-role.cancel"), e -> close()), save);
    }

    private void submit(long employeeId, ContinuityRoles roles, Consumer<AssignmentRow> onAssigned, boolean replace) {
        error.setVisible(false);
        if (role.getValue() == null) {
            showError(getTranslation("assign-role.error.no-role"));
            return;
        }
        var request = new AssignRole(employeeId, role.getValue().key(), service.isVisible() ? service.getValue() : null,
                position.getValue(), reason.getValue(), from.getValue() == null ? LocalDate.now(clock) : from.getValue(),
                until.getValue(), replace);
        try {
            AssignmentRow row = roles.assign(request);
            onAssigned.accept(row);
            String roleText = row.serviceName() == null ? row.roleName()
                    : getTranslation("continuity.role.for-service", row.roleName(), row.serviceName());
            Notification.show(getTranslation("assign-role.assigned", row.employeeName(), getTranslation(row.position().wordKey()), roleText),
                    4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
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
        confirm.setHeaderTitle(getTranslation("assign-role.replace.heading"));
        confirm.add(new Paragraph(getTranslation("assign-role.replace.question", question)));
        var yes = new Button(getTranslation("assign-role.replace.yes"), e -> {
            confirm.close();
            replace.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button(getTranslation("assign-role.replace.no"), e -> confirm.close()), yes);
        confirm.open();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
