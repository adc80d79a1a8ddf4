package org.continuityacademy.evidence;

/** Where an evidence pack is in its life: waiting for the job, being generated, ready to download, or failed. */
public enum PackStatus {
    QUEUED("Waiting"),
    RUNNING("Generating"),
    READY("Ready"),
    FAILED("Failed");

    private final String label;

    PackStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still to finish: the view keeps polling while any pack is in such a state. */
    public boolean inProgress() {
        return this == QUEUED || this == RUNNING;
    }
}
