package org.continuityacademy.training;

/** Where an assignment stands in the database: open until completed or waived. */
public enum AssignmentStatus {
    OPEN, COMPLETED, WAIVED
}
