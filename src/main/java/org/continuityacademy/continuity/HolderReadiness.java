package org.continuityacademy.continuity;

import org.jspecify.annotations.Nullable;

/**
 * How far a role holder is trained for the role: ready when every module the role requires has a
 * current completion.
 *
 * @param employeeName null when the person is left unnamed
 */
public record HolderReadiness(long assignmentId, long employeeId, @Nullable String employeeName, String roleKey,
                              @Nullable Long serviceId, Position position, int requiredModules, int currentModules) {

    public boolean ready() {
        return currentModules >= requiredModules;
    }
}
