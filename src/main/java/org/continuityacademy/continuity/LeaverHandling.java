package org.continuityacademy.continuity;

import org.continuityacademy.directory.EmployeeDeactivated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When HR's list says someone has left, their continuity roles end (kept in the history), and each
 * role they held as primary is announced as vacated. Runs after the import commits, and is retried
 * after a restart if it did not finish (Spring Modulith's event publication registry).
 */
@Component
class LeaverHandling {

    private final ContinuityRoles roles;

    LeaverHandling(ContinuityRoles roles) {
        this.roles = roles;
    }

    @ApplicationModuleListener
    void on(EmployeeDeactivated leaver) {
        roles.endAllFor(leaver.employeeId(), leaver.name() + " left the organisation");
    }
}
