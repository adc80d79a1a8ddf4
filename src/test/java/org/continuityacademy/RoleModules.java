package org.continuityacademy;

import java.util.List;

/** The shipped modules a role requires (their audiences in content/modules), for tests that train someone fully. */
public final class RoleModules {

    /** What every employee must pass (the all-staff role), in module-id order. */
    public static final List<String> ALL_STAFF = List.of("itscm-for-everyone", "people-first-and-other-sites",
            "when-it-is-an-attack");

    /** What an IT Recovery Lead must pass, in module-id order (the order the app lists them). */
    public static final List<String> RECOVERY_LEAD = List.of("knowing-our-critical-services", "recovering-from-a-cyber-attack",
            "reflect-and-refine", "rehearsals-and-vigilance", "responding-to-the-real-thing", "role-it-recovery-lead",
            "supplier-and-cloud-outages", "the-continuity-plan");

    private RoleModules() {
    }
}
