package org.continuityacademy.training;

/**
 * Whether a person has been told of an assignment ({@code training_assignment.announcement}, V24). Only the
 * paths that assign write it (PENDING, or SILENT for a campaign that keeps quiet); {@link AssignmentAnnouncements}
 * moves PENDING to SENT or SKIPPED. Rows made before announcements existed hold none.
 */
enum Announcement {
    /** To be announced by the next run of the announcement job. */
    PENDING,
    /** Announced: the notification listing it was written. */
    SENT,
    /** Not to be announced: the campaign that assigned it turned announcements off. */
    SILENT,
    /** Not announced: closed before the job came, or the person left or was disabled. */
    SKIPPED
}
