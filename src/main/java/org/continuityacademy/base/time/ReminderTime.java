package org.continuityacademy.base.time;

import java.time.LocalTime;

/**
 * The local time of day ({@code REMINDER_TIME}, default 07:00, in the organisation's time zone) at which the
 * daily reminders, overdue notices and manager digests go out.
 */
public record ReminderTime(LocalTime time) {
}
