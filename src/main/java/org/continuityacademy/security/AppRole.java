package org.continuityacademy.security;

/** The app roles as values, for storing and showing them; names match {@link AppRoles}. */
public enum AppRole {

    LEARNER("Learner", "Sees their own continuity roles, training and certificates"),
    MANAGER("Manager", "Sees their reporting line and assigns continuity roles to it"),
    HR("HR", "Imports employees, tracks coverage, chases overdue training, exports evidence"),
    CONTINUITY_MANAGER("Continuity manager", "Keeps services and roles, runs campaigns, watches readiness"),
    ADMIN("Administrator", "Manages accounts, app roles, settings and the audit log");

    private final String label;
    private final String description;

    AppRole(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The authority Spring Security checks, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
