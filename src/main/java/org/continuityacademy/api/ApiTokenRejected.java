package org.continuityacademy.api;

import java.util.Map;

/**
 * A token that cannot be created as asked, or a token that cannot be revoked; nothing was saved. Each
 * message names the field it is about, keyed by the field ("name", "scopes", "expiresOn"; "token"
 * when it is about the token as a whole).
 */
public final class ApiTokenRejected extends RuntimeException {

    private final Map<String, String> problems;

    ApiTokenRejected(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
