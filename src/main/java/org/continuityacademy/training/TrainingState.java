package org.continuityacademy.training;

/** What a person sees for an assignment: its status, read together with the due date and progress. */
public enum TrainingState {

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
