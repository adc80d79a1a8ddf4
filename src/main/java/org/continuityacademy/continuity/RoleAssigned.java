package org.continuityacademy.continuity;

import org.jspecify.annotations.Nullable;

/** Someone now holds a continuity role (learning will assign the role's modules). */
public record RoleAssigned(long assignmentId, long employeeId, String roleKey, @Nullable Long serviceId, Position position) {
}
