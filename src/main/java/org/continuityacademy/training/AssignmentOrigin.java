package org.continuityacademy.training;

/** Why a module was assigned. */
public enum AssignmentOrigin {

    ROLE("Continuity role"),
    MANUAL("Assigned by hand"),
    CAMPAIGN("Refresher campaign"),
    REFRESHER("Completion expiring"),
    RETRAINING("New module version");

    private final String label;

    AssignmentOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
