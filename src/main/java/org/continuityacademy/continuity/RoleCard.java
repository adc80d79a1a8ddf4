package org.continuityacademy.continuity;

import org.continuityacademy.catalogue.RoleDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A role the signed-in person holds, as their home view shows it.
 *
 * @param partners the other holders of the role for the same service ("Deputy: Ann Lee")
 */
public record RoleCard(RoleDefinition role, @Nullable Position position, @Nullable String serviceName,
                       @Nullable String partners, @Nullable Long assignmentId) {
}
