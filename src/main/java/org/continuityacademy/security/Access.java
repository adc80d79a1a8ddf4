package org.continuityacademy.security;

/**
 * Who may call a service method, as {@code @PreAuthorize} expressions built from {@link AppRoles}.
 * Services use these rather than JSR-250 annotations: with JSR-250 method security on, Spring would
 * also proxy every Vaadin view annotated with {@code @RolesAllowed}.
 */
public final class Access {

    public static final String SIGNED_IN = "isAuthenticated()";
    public static final String ADMIN = "hasRole('" + AppRoles.ADMIN + "')";
    public static final String MANAGER = "hasRole('" + AppRoles.MANAGER + "')";
    public static final String HR = "hasRole('" + AppRoles.HR + "')";
    /** Those who look people up: HR, the continuity manager and administrators. */
    public static final String DIRECTORY_STAFF =
            "hasAnyRole('" + AppRoles.HR + "','" + AppRoles.CONTINUITY_MANAGER + "','" + AppRoles.ADMIN + "')";
    /** Directory staff and managers (for their own line). */
    public static final String DIRECTORY_STAFF_OR_MANAGER = "hasAnyRole('" + AppRoles.HR + "','"
            + AppRoles.CONTINUITY_MANAGER + "','" + AppRoles.ADMIN + "','" + AppRoles.MANAGER + "')";

    public static final String CONTINUITY_MANAGER = "hasRole('" + AppRoles.CONTINUITY_MANAGER + "')";
    /** Those who look after the training catalogue: the continuity manager and HR. */
    public static final String CATALOGUE_READERS =
            "hasAnyRole('" + AppRoles.CONTINUITY_MANAGER + "','" + AppRoles.HR + "')";

    /**
     * The organisation's arrangements that the training quotes (the fallback number, who invokes the plan): the continuity
     * manager, who keeps them, and administrators, who read them.
     */
    public static final String ARRANGEMENT_READERS =
            "hasAnyRole('" + AppRoles.CONTINUITY_MANAGER + "','" + AppRoles.ADMIN + "')";

    public static final String CATALOGUE_READERS_OR_MANAGER = "hasAnyRole('" + AppRoles.CONTINUITY_MANAGER + "','"
            + AppRoles.HR + "','" + AppRoles.MANAGER + "')";
    /** Those who assign continuity roles: the continuity manager (anyone) and managers (their own line). */
    public static final String ROLE_ASSIGNERS = "hasAnyRole('" + AppRoles.CONTINUITY_MANAGER + "','" + AppRoles.MANAGER + "')";

    /**
     * Authorities of an API token's scopes (granted to API clients only, never to people): read-only
     * access for BI tools and learning record stores, organisation-wide.
     */
    public static final String SCOPE_REPORTS = "SCOPE_reports";
    public static final String SCOPE_TRAINING_RECORDS = "SCOPE_training-records";
    public static final String SCOPE_XAPI = "SCOPE_xapi";

    /** Someone in the middle of a two-step sign-in: a password shown, the second factor not yet (an e-mailed code is sent to them). */
    public static final String SIGNING_IN = "hasAuthority('" + SecondFactor.NEEDED + "')";

    /** Coverage and readiness figures: HR, the continuity manager, managers (their own line), API clients with "reports". */
    public static final String REPORT_READERS = "hasAnyRole('" + AppRoles.CONTINUITY_MANAGER + "','" + AppRoles.HR + "','"
            + AppRoles.MANAGER + "') or hasAuthority('" + SCOPE_REPORTS + "')";

    /** Anyone's assignments and completions: directory staff, and API clients with "training-records". */
    public static final String TRAINING_RECORD_READERS = DIRECTORY_STAFF + " or hasAuthority('" + SCOPE_TRAINING_RECORDS + "')";
    /** Learning events (completions, failed quiz attempts) in time order: API clients with "xapi". */
    public static final String LEARNING_EVENT_READERS = "hasAuthority('" + SCOPE_XAPI + "')";
    /** Employees' numbers and e-mail addresses: directory staff, and API clients whose data names people. */
    public static final String PEOPLE_READERS = DIRECTORY_STAFF + " or hasAnyAuthority('" + SCOPE_TRAINING_RECORDS + "','"
            + SCOPE_XAPI + "')";

    private Access() {
    }
}
