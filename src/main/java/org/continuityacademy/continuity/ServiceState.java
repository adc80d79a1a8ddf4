package org.continuityacademy.continuity;

/** Whether a critical service could be recovered by trained people now. */
public enum ServiceState {

    NOT_READY("Not ready", "A required role has no trained primary."),
    AT_RISK("At risk", "Every primary is trained, but a required deputy is missing or not trained."),
    READY("Ready", "Every required role has a trained primary, and a trained deputy where one is required.");

    private final String label;
    private final String meaning;

    ServiceState(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
