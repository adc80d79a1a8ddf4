package org.continuityacademy.training;

import org.continuityacademy.directory.EmployeeDeactivated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A leaver's open assignments are waived (their completions stay, as evidence). */
@Component
class LeaverTraining {

    private final TrainingRecords records;

    LeaverTraining(TrainingRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(EmployeeDeactivated leaver) {
        records.waiveAllFor(leaver.employeeId(), leaver.name() + " left the organisation");
    }
}
