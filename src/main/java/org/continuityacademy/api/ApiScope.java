package org.continuityacademy.api;

import java.util.Arrays;
import java.util.Optional;
import org.continuityacademy.base.i18n.Labelled;
import org.continuityacademy.security.Access;

/**
 * What an API token may read. Each scope grants the authority named in {@link Access}, and nothing else.
 * Administrators read a scope as {@code ApiScope.X} (the label) and {@code ApiScope.X.description} from the api bundle.
 */
public enum ApiScope implements Labelled {

    REPORTS("reports", Access.SCOPE_REPORTS),
    TRAINING_RECORDS("training-records", Access.SCOPE_TRAINING_RECORDS),
    XAPI("xapi", Access.SCOPE_XAPI);

    private final String id;
    private final String authority;

    ApiScope(String id, String authority) {
        this.id = id;
        this.authority = authority;
    }

    /** The name stored with a token and shown in the API's documentation, e.g. {@code training-records}. */
    public String id() {
        return id;
    }

    /** The authority an API client with this scope holds, e.g. {@code SCOPE_reports}. */
    public String authority() {
        return authority;
    }

    static Optional<ApiScope> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
