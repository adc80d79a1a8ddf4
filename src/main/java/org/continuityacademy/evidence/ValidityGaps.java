package org.continuityacademy.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The days on which someone held a role but had no current completion of a module it requires.
 * <p>
 * Everything is in whole calendar days of the organisation's time zone, as half-open ranges
 * {@code [from, until)}, judged at the end of each day (as the pack is "as at the end of D"): a completion
 * counts from the day it was passed up to, not including, the day it expires; a role counts from its "valid
 * from" day up to, not including, the day it was ended. The day of an instant is the day it falls on in that
 * zone ({@link #dayOf}), so a completion passed at 23:30 local time counts for that day, whatever the date in
 * UTC, and a day of 23 or 25 hours (a daylight-saving change) is one day like any other. Half-open ranges make
 * the arithmetic exact: a renewal on the expiry day leaves no gap, and the length of a range is simply
 * {@code until - from}.
 */
final class ValidityGaps {

    private ValidityGaps() {
    }

    /** The calendar day {@code instant} falls on in {@code zone} (the organisation's). */
    static LocalDate dayOf(Instant instant, ZoneId zone) {
        return org.continuityacademy.base.time.Days.dayOf(instant, zone);
    }

    /** Whole days {@code [from, until)}; empty when {@code until} is not after {@code from}. */
    record Days(LocalDate from, LocalDate until) {

        /** A range from the first day up to (not including) {@code until}; a backwards range becomes empty. */
        static Days of(LocalDate from, LocalDate until) {
            return new Days(from, until.isBefore(from) ? from : until);
        }

        /**
         * The days a completion is current, judged at the end of each day in {@code zone}: from the day it was
         * passed up to, not including, the day it expires.
         */
        static Days between(Instant passed, Instant expires, ZoneId zone) {
            return of(dayOf(passed, zone), dayOf(expires, zone));
        }

        /** The days {@code first} to {@code last}, both included. */
        static Days inclusive(LocalDate first, LocalDate last) {
            return of(first, last.plusDays(1));
        }

        boolean isEmpty() {
            return !until.isAfter(from);
        }

        long length() {
            return isEmpty() ? 0 : ChronoUnit.DAYS.between(from, until);
        }

        Days intersect(Days other) {
            LocalDate start = from.isAfter(other.from) ? from : other.from;
            LocalDate end = until.isBefore(other.until) ? until : other.until;
            return of(start, end);
        }
    }

    /**
     * A stretch of days without a current completion. {@code afterExpiry} says whether the person had
     * completed the module before (it lapsed) or never had by then.
     */
    record Gap(LocalDate from, LocalDate until, boolean afterExpiry) {

        /** The last day of the gap (included). */
        LocalDate to() {
            return until.minusDays(1);
        }

        long days() {
            return ChronoUnit.DAYS.between(from, until);
        }
    }

    /**
     * The parts of {@code held} that no range in {@code covered} covers, in date order. Covered ranges may
     * overlap, touch, be empty or lie outside {@code held}.
     */
    static List<Gap> uncovered(Days held, List<Days> covered) {
        var gaps = new ArrayList<Gap>();
        if (held.isEmpty()) {
            return gaps;
        }
        List<Days> sorted = covered.stream().filter(c -> !c.isEmpty()).sorted(Comparator.comparing(Days::from)).toList();
        LocalDate cursor = held.from();
        for (Days c : sorted) {
            if (!cursor.isBefore(held.until())) {
                break;
            }
            if (!c.until().isAfter(cursor)) {
                continue; // ended before the cursor: covers nothing new
            }
            if (!c.from().isBefore(held.until())) {
                break; // starts after the holding ends; so do all later ones
            }
            if (c.from().isAfter(cursor)) {
                gaps.add(new Gap(cursor, c.from(), completedBefore(sorted, cursor)));
            }
            cursor = c.until();
        }
        if (cursor.isBefore(held.until())) {
            gaps.add(new Gap(cursor, held.until(), completedBefore(sorted, cursor)));
        }
        return gaps;
    }

    private static boolean completedBefore(List<Days> covered, LocalDate day) {
        return covered.stream().anyMatch(c -> c.from().isBefore(day));
    }
}
