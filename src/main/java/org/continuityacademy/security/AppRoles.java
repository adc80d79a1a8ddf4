package org.continuityacademy.security;

/**
 * App role names, for {@code @RolesAllowed} on views (services use {@link Access}). App roles say what a person
 * may do in the app; continuity roles (what a person does in a disruption) are something else.
 */
public final class AppRoles {

    /** Any employee: their own continuity roles, training, quizzes and certificates. */
    public static final String LEARNER = "LEARNER";
    /** A line manager: their reporting line's readiness and continuity roles. */
    public static final String MANAGER = "MANAGER";
    /** HR: the employee list, awareness coverage, chasing and evidence. */
    public static final String HR = "HR";
    /** The IT service continuity manager: services, role catalogue, campaigns, readiness. */
    public static final String CONTINUITY_MANAGER = "CONTINUITY_MANAGER";
    /** Administrator: accounts, app roles, settings, audit log. */
    public static final String ADMIN = "ADMIN";

    private AppRoles() {
    }
}
