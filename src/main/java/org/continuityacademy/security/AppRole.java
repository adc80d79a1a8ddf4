package org.continuityacademy.security;

/**
 * The app roles as values, for storing and showing them; names match {@link AppRoles}. People read them as
 * {@code AppRole.X} (the label, {@code Messages.labelKey}) and {@code AppRole.X.description} from the security
 * bundle. Not marked {@code base.i18n.Labelled}: security would then depend on base, which depends on security
 * (a cycle ArchitectureTest refuses); {@code AppRoleTest} checks the keys instead.
 */
public enum AppRole {

    LEARNER, MANAGER, HR, CONTINUITY_MANAGER, ADMIN;

    /** The authority Spring Security checks, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
