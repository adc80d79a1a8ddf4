package org.continuityacademy.training;

import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.directory.EmployeeDeactivated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A leaver's open assignments are waived (their completions stay, as evidence). */
@Component
class LeaverTraining {

    private final TrainingRecords records;
    private final Messages messages;

    LeaverTraining(TrainingRecords records, Messages messages) {
        this.records = records;
        this.messages = messages;
    }

    /** The reason stays with the records, in the organisation's language. */
    @ApplicationModuleListener
    void on(EmployeeDeactivated leaver) {
        records.waiveAllFor(leaver.employeeId(), messages.get(messages.organisationLocale(), "training.reason.leaver", leaver.name()));
    }
}
