package org.continuityacademy.continuity;

import org.jspecify.annotations.Nullable;

/** A role assignment ended; if it was a primary, the role is vacant until someone else takes it. */
public record RoleAssignmentEnded(long assignmentId, long employeeId, String roleKey, @Nullable Long serviceId,
                                  Position position, String reason) {
}
