package org.continuityacademy.notifications;

/** Why someone is told something; part of the key that keeps a notification from being repeated. */
public enum NotificationKind {
    /** Training or a role was given to them. */
    ASSIGNED,
    /** Something is due soon. */
    REMINDER,
    /** Something is past its due date. */
    OVERDUE,
    /** Someone else's overdue work, for their manager or the continuity manager. */
    ESCALATION,
    /** A summary of several things. */
    DIGEST,
    /** About their account: an invitation or a password link (e-mail only, never in the bell). */
    ACCOUNT
}
