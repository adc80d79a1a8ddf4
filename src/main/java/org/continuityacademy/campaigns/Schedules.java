package org.continuityacademy.campaigns;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.quartz.CronExpression;

/** Turns a campaign's schedule into a Quartz cron expression and lists its next fire times. */
final class Schedules {

    private Schedules() {
    }

    /**
     * The cron expression of a recurring schedule starting at {@code start} (null for a one-off). A yearly
     * schedule started on 29 February fires on the last day of February ({@code L}): the 28th in common years,
     * so that it fires every year, not every fourth. Monthly and quarterly schedules take days 1 to 28 only
     * (the editor refuses later days), so that every month has their day.
     */
    static @Nullable String cron(ScheduleKind kind, ZonedDateTime start, @Nullable String expert) {
        String time = "0 " + start.getMinute() + " " + start.getHour() + " ";
        return switch (kind) {
            case ONE_OFF -> null;
            case YEARLY -> time + (start.getMonthValue() == 2 && start.getDayOfMonth() == 29 ? "L" : start.getDayOfMonth())
                    + " " + start.getMonthValue() + " ?";
            case QUARTERLY -> time + start.getDayOfMonth() + " " + ((start.getMonthValue() - 1) % 3 + 1) + "/3 ?";
            case MONTHLY -> time + start.getDayOfMonth() + " * ?";
            case CRON -> expert == null ? null : expert.strip();
        };
    }

    /** Why a cron expression is not valid, or null when it is. */
    static @Nullable String cronProblem(String expression) {
        try {
            new CronExpression(expression);
            return null;
        } catch (ParseException e) {
            return e.getMessage();
        }
    }

    /** The next {@code count} fire times after {@code after}. */
    static List<Instant> next(ScheduleKind kind, Instant start, @Nullable String cron, ZoneId zone, Instant after, int count) {
        var times = new ArrayList<Instant>();
        if (kind == ScheduleKind.ONE_OFF) {
            if (start.isAfter(after)) {
                times.add(start);
            }
            return times;
        }
        try {
            var expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            Date cursor = Date.from(after.isAfter(start) ? after : start.minusSeconds(1));
            for (int i = 0; i < count; i++) {
                cursor = expression.getNextValidTimeAfter(cursor);
                if (cursor == null) {
                    break;
                }
                times.add(cursor.toInstant());
            }
        } catch (ParseException e) {
            // an invalid expression has no fire times; the editor reports it at the field
        }
        return times;
    }
}
