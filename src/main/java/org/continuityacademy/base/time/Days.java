package org.continuityacademy.base.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days in a time zone as instants. A day runs from its start (midnight, or the first instant after a
 * daylight-saving gap) up to, not including, the start of the next day: a person's day ends at midnight in
 * the organisation's zone, not in UTC.
 */
public final class Days {

    private Days() {
    }

    /** The first instant of {@code day} in {@code zone}. */
    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code day} in {@code zone}: the start of the next day. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return startOf(day.plusDays(1), zone);
    }

    /** The day {@code instant} falls on in {@code zone}. */
    public static LocalDate dayOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The first instant of {@code day} in the clock's zone (the organisation's). */
    public static Instant startOf(LocalDate day, Clock clock) {
        return startOf(day, clock.getZone());
    }

    /** The start of the day after {@code day} in the clock's zone (the organisation's). */
    public static Instant endOf(LocalDate day, Clock clock) {
        return endOf(day, clock.getZone());
    }

    /** The day {@code instant} falls on in the clock's zone (the organisation's). */
    public static LocalDate dayOf(Instant instant, Clock clock) {
        return dayOf(instant, clock.getZone());
    }
}
