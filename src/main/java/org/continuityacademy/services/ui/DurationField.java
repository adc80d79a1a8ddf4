package org.continuityacademy.services.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;

/** A duration entered as a number and a unit (minutes, hours, days); its value is in minutes. */
class DurationField extends CustomField<Integer> {

    /** The units a person picks from, with their length in minutes. */
    enum Unit {
        MINUTES(1), HOURS(60), DAYS(24 * 60);

        final int minutes;

        Unit(int minutes) {
            this.minutes = minutes;
        }
    }

    private final IntegerField amount = new IntegerField();
    private final Select<Unit> unit = new Select<>();

    DurationField(String label, String helper) {
        setLabel(label);
        setHelperText(helper);
        amount.setMin(0);
        amount.setStepButtonsVisible(true);
        amount.setWidth("7rem");
        amount.setAriaLabel(getTranslation("service-dialog.duration.amount.aria", label));
        unit.setItems(Unit.values());
        unit.setItemLabelGenerator(u -> switch (u) {
            case MINUTES -> getTranslation("service-dialog.duration.unit.minutes");
            case HOURS -> getTranslation("service-dialog.duration.unit.hours");
            case DAYS -> getTranslation("service-dialog.duration.unit.days");
        });
        unit.setValue(Unit.HOURS);
        unit.setWidth("8rem");
        unit.setAriaLabel(getTranslation("service-dialog.duration.unit.aria", label));
        var row = new HorizontalLayout(amount, unit);
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
        return n * (unit.getValue() == null ? Unit.HOURS : unit.getValue()).minutes;
    }

    @Override
    protected void setPresentationValue(@Nullable Integer minutes) {
        if (minutes == null) {
            amount.clear();
            return;
        }
        Unit largest = minutes > 0 && minutes % Unit.DAYS.minutes == 0 ? Unit.DAYS
                : minutes > 0 && minutes % Unit.HOURS.minutes == 0 ? Unit.HOURS : Unit.MINUTES;
        amount.setValue(minutes / largest.minutes);
        unit.setValue(largest);
    }
}
