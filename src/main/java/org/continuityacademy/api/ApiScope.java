package org.continuityacademy.api;

import java.util.Arrays;
import java.util.Optional;
import org.continuityacademy.security.Access;

/** What an API token may read. Each scope grants the authority named in {@link Access}, and nothing else. */
public enum ApiScope {

    REPORTS("reports", Access.SCOPE_REPORTS, "Reports",
            "Coverage figures and service readiness for the whole organisation"),
    TRAINING_RECORDS("training-records", Access.SCOPE_TRAINING_RECORDS, "Training records",
            "Each employee's assignments and completions"),
    XAPI("xapi", Access.SCOPE_XAPI, "xAPI statements",
            "Completions and quiz attempts as xAPI statements, for a learning record store");

    private final String id;
    private final String authority;
    private final String label;
    private final String description;

    ApiScope(String id, String authority, String label, String description) {
        this.id = id;
        this.authority = authority;
        this.label = label;
        this.description = description;
    }

    /** The name stored with a token and shown in the API's documentation, e.g. {@code training-records}. */
    public String id() {
        return id;
    }

    /** The authority an API client with this scope holds, e.g. {@code SCOPE_reports}. */
    public String authority() {
        return authority;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    static Optional<ApiScope> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
