package org.continuityacademy.continuity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request to give someone a continuity role.
 *
 * @param serviceId      the critical service, for roles held per service
 * @param replacePrimary end the current primary's assignment (after the person confirmed it)
 */
public record AssignRole(long employeeId, String roleKey, @Nullable Long serviceId, Position position, String reason,
                         LocalDate validFrom, @Nullable LocalDate validUntil, boolean replacePrimary) {
}
