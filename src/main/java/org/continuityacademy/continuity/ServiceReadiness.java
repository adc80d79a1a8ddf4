package org.continuityacademy.continuity;

import java.util.List;

/** One row of the readiness matrix: a service, its state, and each role it requires with its holders. */
public record ServiceReadiness(long serviceId, String name, int tier, int rtoMinutes, ServiceState state,
                               List<RoleSlot> roles) {

    /** A role the service requires, with its primary and deputies and whether each is trained. */
    public record RoleSlot(String roleKey, boolean deputyRequired, List<HolderReadiness> primary,
                           List<HolderReadiness> deputies) {

        public boolean primaryReady() {
            return primary.stream().anyMatch(HolderReadiness::ready);
        }

        public boolean deputyReady() {
            return deputies.stream().anyMatch(HolderReadiness::ready);
        }
    }
}
