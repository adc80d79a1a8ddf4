package org.continuityacademy.services.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.services.ServiceRejected;
import org.continuityacademy.services.ServiceRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** Adds or edits a critical service; rule breaks are shown at the field they concern and nothing is saved. */
class ServiceDialog extends Dialog {

    final TextField name = new TextField(getTranslation("service-dialog.name"));
    final TextArea description = new TextArea(getTranslation("service-dialog.description"));
    final ComboBox<EmployeeRow> owner = new ComboBox<>(getTranslation("service-dialog.owner"));
    final Select<Integer> tier = new Select<>();
    final DurationField rto = new DurationField(getTranslation("service-dialog.rto"), getTranslation("service-dialog.rto.helper"));
    final DurationField rpo = new DurationField(getTranslation("service-dialog.rpo"), getTranslation("service-dialog.rpo.helper"));
    final DurationField mtpd = new DurationField(getTranslation("service-dialog.mtpd"), getTranslation("service-dialog.mtpd.helper"));
    final MultiSelectComboBox<RoleDefinition> roles = new MultiSelectComboBox<>(getTranslation("service-dialog.roles"));
    final Checkbox deputies = new Checkbox(getTranslation("service-dialog.deputies"), true);
    final MultiSelectComboBox<Long> dependsOn = new MultiSelectComboBox<>(getTranslation("service-dialog.depends-on"));
    final Button save = new Button(getTranslation("service-dialog.save"));

    ServiceDialog(@Nullable ServiceRow existing, ServiceRegister register, EmployeeDirectory directory,
                  List<RoleDefinition> roleCatalogue, Consumer<ServiceRow> onSaved) {
        setHeaderTitle(existing == null ? getTranslation("service-dialog.heading.add") : getTranslation("service-dialog.heading.edit", existing.name()));
        setWidth("min(52rem, 96vw)");

        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        description.setMaxLength(2000);
        owner.setItemLabelGenerator(e -> e.department() == null ? e.fullName()
                : getTranslation("service-dialog.owner.item", e.fullName(), e.department()));
        owner.setItems(query -> directory.search(new EmployeeFilter(query.getFilter().orElse(""), null, true),
                PageRequest.of(query.getOffset() / Math.max(1, query.getLimit()), Math.max(1, query.getLimit()))).stream());
        owner.setHelperText(getTranslation("service-dialog.owner.helper"));
        owner.setClearButtonVisible(true);
        tier.setLabel(getTranslation("service-dialog.tier"));
        tier.setItems(1, 2, 3);
        tier.setItemLabelGenerator(t -> switch (t) {
            case 1 -> getTranslation("service-dialog.tier.1");
            case 2 -> getTranslation("service-dialog.tier.2");
            default -> getTranslation("service-dialog.tier.3");
        });
        tier.setValue(2);
        roles.setItems(roleCatalogue.stream().filter(RoleDefinition::perService).toList());
        roles.setItemLabelGenerator(RoleDefinition::name);
        Map<Long, String> serviceNames = register.names();
        if (existing != null) {
            serviceNames.remove(existing.id());
        }
        dependsOn.setItems(serviceNames.keySet());
        dependsOn.setItemLabelGenerator(id -> serviceNames.getOrDefault(id, "?"));

        if (existing != null) {
            var d = existing.draft();
            name.setValue(d.name());
            description.setValue(d.description() == null ? "" : d.description());
            if (d.ownerEmployeeId() != null) {
                directory.employee(d.ownerEmployeeId()).ifPresent(owner::setValue);
            }
            tier.setValue(d.tier());
            rto.setValue(d.rtoMinutes());
            rpo.setValue(d.rpoMinutes());
            mtpd.setValue(d.mtpdMinutes());
            Set<String> keys = d.requiredRoles().stream().map(RequiredRole::roleKey).collect(Collectors.toSet());
            roles.setValue(roleCatalogue.stream().filter(r -> keys.contains(r.key())).collect(Collectors.toSet()));
            deputies.setValue(d.requiredRoles().stream().allMatch(RequiredRole::deputyRequired));
            dependsOn.setValue(new HashSet<>(d.dependsOn()));
        }

        var form = new FormLayout(name, tier, description, owner, rto, rpo, mtpd, roles, deputies, dependsOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(description, 2);
        form.setColspan(roles, 2);
        form.setColspan(deputies, 2);
        form.setColspan(dependsOn, 2);
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            clearErrors();
            var draft = new ServiceDraft(name.getValue(), description.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(), tier.getValue() == null ? 0 : tier.getValue(),
                    orZero(rto.getValue()), orZero(rpo.getValue()), orZero(mtpd.getValue()),
                    roles.getValue().stream().map(r -> new RequiredRole(r.key(), deputies.getValue())).collect(Collectors.toSet()),
                    Set.copyOf(dependsOn.getValue()));
            try {
                ServiceRow saved = existing == null ? register.create(draft) : register.update(existing.id(), draft);
                onSaved.accept(saved);
                Notification.show(getTranslation("service-dialog.saved", saved.name()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            } catch (ServiceRejected rejected) {
                rejected.problems().forEach(this::showError);
            }
        });
        getFooter().add(new Button(getTranslation("service-dialog.cancel"), e -> close()), save);
    }

    private void showError(String field, String message) {
        HasValidation target = switch (field) {
            case "name" -> name;
            case "description" -> description;
            case "owner" -> owner;
            case "tier" -> tier;
            case "rto" -> rto;
            case "rpo" -> rpo;
            case "mtpd" -> mtpd;
            case "roles" -> roles;
            default -> dependsOn;
        };
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(name, description, owner, tier, rto, rpo, mtpd, roles, dependsOn)) {
            field.setInvalid(false);
        }
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }
}
