package org.continuityacademy.services;

import java.util.Set;

/**
 * The little that anyone signed in may know about a service: its name, tier, recovery targets and required roles
 * (not its owner).
 */
public record ServiceSummary(long id, String name, int tier, int rtoMinutes, Set<RequiredRole> requiredRoles,
                             int rpoMinutes, int mtpdMinutes) {
}
