package org.continuityacademy.training;

import org.continuityacademy.base.i18n.Labelled;

/**
 * What a person sees for an assignment: its status, read together with the due date and progress. People read
 * it through the bundles ({@code TrainingState.OVERDUE}).
 */
public enum TrainingState implements Labelled {
    OVERDUE, IN_PROGRESS, ASSIGNED, COMPLETED, WAIVED
}
