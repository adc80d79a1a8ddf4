package org.continuityacademy.training;

/** Where a quiz attempt stands: open until submitted (passed or failed) or closed unanswered. */
public enum AttemptStatus {
    OPEN, PASSED, FAILED, CLOSED
}
