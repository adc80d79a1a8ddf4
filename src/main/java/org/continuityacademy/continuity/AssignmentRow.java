package org.continuityacademy.continuity;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A role assignment as lists and cards show it. */
public record AssignmentRow(long id, long employeeId, String employeeName, String roleKey, String roleName,
                            @Nullable Long serviceId, @Nullable String serviceName, Position position, String reason,
                            String assignedBy, Instant assignedAt, LocalDate validFrom, @Nullable LocalDate validUntil,
                            @Nullable Instant endedAt, @Nullable String endedBy, @Nullable String endReason) {

    public boolean current() {
        return endedAt == null;
    }
}
