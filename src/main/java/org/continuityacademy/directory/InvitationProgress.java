package org.continuityacademy.directory;

/**
 * How far HR's "invite everyone who has not signed in yet" has come.
 *
 * @param done    accounts looked at so far
 * @param total   accounts counted when it started
 * @param invited invitations written so far
 * @param state   RUNNING, DONE or FAILED
 */
public record InvitationProgress(long runId, int done, int total, int invited, String state) {

    public boolean finished() {
        return !"RUNNING".equals(state);
    }
}
