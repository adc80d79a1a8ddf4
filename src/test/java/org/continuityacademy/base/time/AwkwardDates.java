package org.continuityacademy.base.time;

import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The moments the date-sensitive suites run at, besides today: a leap day, the turn of the year (half an
 * hour either side of midnight), the night of each European daylight-saving change (the last Sunday of March
 * and of October), and a day in September, the longest month name. Suites take them with
 * {@code @ParameterizedClass @MethodSource("org.continuityacademy.base.time.AwkwardDates#moments")} and put the
 * {@link TestClock} there before each test. {@code -Dawkward.dates=today} runs today only.
 */
public final class AwkwardDates {

    private AwkwardDates() {
    }

    public static Stream<Arguments> moments() {
        Stream<Arguments> all = Stream.of(
                Arguments.argumentSet("today", (Instant) null),
                Arguments.argumentSet("29 February 2028", Instant.parse("2028-02-29T10:00:00Z")),
                Arguments.argumentSet("31 December 2026, 23:30", Instant.parse("2026-12-31T23:30:00Z")),
                Arguments.argumentSet("1 January 2027, 00:30", Instant.parse("2027-01-01T00:30:00Z")),
                Arguments.argumentSet("last Sunday of March 2027 (clocks go forward)", Instant.parse("2027-03-28T01:30:00Z")),
                Arguments.argumentSet("last Sunday of October 2027 (clocks go back)", Instant.parse("2027-10-31T01:30:00Z")),
                Arguments.argumentSet("30 September 2027", Instant.parse("2027-09-30T12:00:00Z")));
        return "today".equals(System.getProperty("awkward.dates")) ? all.limit(1) : all;
    }

    /** Puts the clock at {@code moment}, or leaves it at the system's time for "today". */
    public static void pin(TestClock clock, Instant moment) {
        if (moment != null) {
            clock.set(moment);
        }
    }

    /** The zone the daylight-saving moments are about. */
    public static final ZoneId EUROPE = ZoneId.of("Europe/Berlin");
}
