package org.continuityacademy.training;

/** A training assignment change that breaks a rule, with a message naming the field; nothing changed. */
public final class AssignmentRejected extends RuntimeException {

    AssignmentRejected(String message) {
        super(message);
    }
}
