package org.continuityacademy.evidence;

import java.util.Map;

/**
 * A pack that cannot be asked for as it is: a message per field ("asOf", "periodFrom"), in the asking person's
 * language, for the view to show on the field; nothing was saved.
 */
public final class EvidencePackRejected extends RuntimeException {

    private final Map<String, String> problems;

    EvidencePackRejected(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
