package org.continuityacademy.training;

import org.continuityacademy.base.i18n.Labelled;

/**
 * What a person sees for an assignment: its status, read together with the due date and progress. People read
 * it through the bundles ({@code TrainingState.OVERDUE}); {@link #label()} is the English text other modules
 * still use.
 */
public enum TrainingState implements Labelled {

    OVERDUE("Overdue"),
    IN_PROGRESS("In progress"),
    ASSIGNED("Assigned"),
    COMPLETED("Completed"),
    WAIVED("Waived");

    private final String label;

    TrainingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
