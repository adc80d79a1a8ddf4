package org.continuityacademy.training;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An assignment as lists show it. */
public record TrainingAssignmentRow(long id, long employeeId, String moduleId, String moduleTitle,
                                    AssignmentOrigin origin, @Nullable String originRef, String reason, String assignedBy,
                                    Instant assignedAt, LocalDate dueOn, TrainingState state, @Nullable Instant startedAt,
                                    @Nullable Instant closedAt, @Nullable String closedBy, @Nullable String closeReason,
                                    @Nullable Long completionId) {

    public boolean open() {
        return state != TrainingState.COMPLETED && state != TrainingState.WAIVED;
    }
}
