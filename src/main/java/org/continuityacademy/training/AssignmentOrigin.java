package org.continuityacademy.training;

import org.continuityacademy.base.i18n.Labelled;

/** Why a module was assigned; people read it through the bundles ({@code AssignmentOrigin.ROLE}). */
public enum AssignmentOrigin implements Labelled {

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
