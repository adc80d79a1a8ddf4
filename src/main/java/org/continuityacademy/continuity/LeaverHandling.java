package org.continuityacademy.continuity;

import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.directory.EmployeeDeactivated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When HR's list says someone has left, their continuity roles end (kept in the history), and each
 * role they held as primary is announced as vacated. Runs after the import commits, and is retried
 * after a restart if it did not finish (Spring Modulith's event publication registry). The reason is
 * stored for everyone to read, so it is in the organisation's language.
 */
@Component
class LeaverHandling {

    private final ContinuityRoles roles;
    private final Messages messages;

    LeaverHandling(ContinuityRoles roles, Messages messages) {
        this.roles = roles;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(EmployeeDeactivated leaver) {
        roles.endAllFor(leaver.employeeId(), messages.get(messages.organisationLocale(), "continuity.ended.left", leaver.name()));
    }
}
