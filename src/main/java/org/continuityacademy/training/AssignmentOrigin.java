package org.continuityacademy.training;

import org.continuityacademy.base.i18n.Labelled;

/** Why a module was assigned; people read it through the bundles ({@code AssignmentOrigin.ROLE}). */
public enum AssignmentOrigin implements Labelled {
    ROLE, MANUAL, CAMPAIGN, REFRESHER, RETRAINING
}
