package org.continuityacademy.services;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a person enters for a critical service. Durations in minutes.
 *
 * @param mtpdMinutes maximum tolerable period of disruption; the RTO must not exceed it
 */
public record ServiceDraft(String name, @Nullable String description, @Nullable Long ownerEmployeeId, int tier,
                           int rtoMinutes, int rpoMinutes, int mtpdMinutes, Set<RequiredRole> requiredRoles,
                           Set<Long> dependsOn) {

    /** A summary for the audit trail. */
    String describe() {
        return "name: " + name + "\ndescription: " + (description == null ? "" : description)
                + "\nowner employee id: " + (ownerEmployeeId == null ? "none" : ownerEmployeeId)
                + "\ntier: " + tier + "\nRTO minutes: " + rtoMinutes + "\nRPO minutes: " + rpoMinutes
                + "\nMTPD minutes: " + mtpdMinutes
                + "\nrequired roles: " + requiredRoles.stream().map(r -> r.roleKey() + (r.deputyRequired() ? " (+deputy)" : ""))
                .sorted().toList()
                + "\ndepends on: " + dependsOn.stream().sorted().toList();
    }
}
