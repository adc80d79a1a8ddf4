package org.continuityacademy.services;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A critical service as the register lists it. */
public record ServiceRow(long id, String name, String description, int tier, int rtoMinutes, int rpoMinutes,
                         int mtpdMinutes, @Nullable Long ownerEmployeeId, @Nullable String ownerName,
                         List<RequiredRole> requiredRoles, List<String> dependsOn, ServiceDraft draft) {
}
