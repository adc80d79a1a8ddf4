package org.continuityacademy.services;

import java.util.Map;

/**
 * A service that breaks a rule; nothing was saved. Each message names the field it is about, keyed by
 * the field ("name", "rto", "mtpd", "tier", "owner", "roles", "dependsOn").
 */
public final class ServiceRejected extends RuntimeException {

    private final Map<String, String> problems;

    ServiceRejected(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
