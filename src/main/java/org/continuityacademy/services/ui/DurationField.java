package org.continuityacademy.services.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;

/** A duration entered as a number and a unit (minutes, hours, days); its value is in minutes. */
class DurationField extends CustomField<Integer> {

    private final IntegerField amount = new IntegerField();
    private final Select<String> unit = new Select<>();

    DurationField(String label, String helper) {
        setLabel(label);
        setHelperText(helper);
        amount.setMin(0);
        amount.setStepButtonsVisible(true);
        amount.setWidth("7rem");
        amount.setAriaLabel(label + " amount");
        unit.setItems("minutes", "hours", "days");
        unit.setValue("hours");
        unit.setWidth("8rem");
        unit.setAriaLabel(label + " unit");
        var row = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(amount, unit);
        row.setSpacing(true);
        row.setPadding(false);
        add(row);
    }

    @Override
    protected @Nullable Integer generateModelValue() {
        Integer n = amount.getValue();
        if (n == null) {
            return null;
        }
        return switch (unit.getValue() == null ? "hours" : unit.getValue()) {
            case "minutes" -> n;
            case "days" -> n * 24 * 60;
            default -> n * 60;
        };
    }

    @Override
    protected void setPresentationValue(@Nullable Integer minutes) {
        if (minutes == null) {
            amount.clear();
        } else if (minutes > 0 && minutes % (24 * 60) == 0) {
            amount.setValue(minutes / (24 * 60));
            unit.setValue("days");
        } else if (minutes > 0 && minutes % 60 == 0) {
            amount.setValue(minutes / 60);
            unit.setValue("hours");
        } else {
            amount.setValue(minutes);
            unit.setValue("minutes");
        }
    }
}
