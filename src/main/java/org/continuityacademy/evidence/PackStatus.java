package org.continuityacademy.evidence;

import org.continuityacademy.base.i18n.Labelled;

/**
 * Where an evidence pack is in its life: waiting for the job, being generated, ready to download, or failed
 * (its text: {@code PackStatus.*} in the evidence bundle).
 */
public enum PackStatus implements Labelled {
    QUEUED, RUNNING, READY, FAILED;

    /** Still to finish: the view keeps polling while any pack is in such a state. */
    public boolean inProgress() {
        return this == QUEUED || this == RUNNING;
    }
}
