package org.continuityacademy.base.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application clock of the tests: it runs like the system clock, from wherever a test puts it. A test
 * moves time with {@link #set(Instant)} and {@link #advance(Duration)} (not by rewriting timestamps in SQL),
 * and can put the organisation in another time zone with {@link #setZone(ZoneId)}. {@code @IntegrationTest}
 * resets it after every test.
 */
public final class TestClock extends Clock {

    private final ZoneId defaultZone;
    private volatile Duration offset = Duration.ZERO;
    private volatile ZoneId zone;

    public TestClock(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
        this.zone = defaultZone;
    }

    /** Puts "now" at {@code instant}; from there the clock runs on at the system's pace. */
    public void set(Instant instant) {
        offset = Duration.between(Instant.ofEpochMilli(System.currentTimeMillis()), instant);
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    /** Back to the system's time and the configured zone. */
    public void reset() {
        offset = Duration.ZERO;
        zone = defaultZone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return self.withZone(zone);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(System.currentTimeMillis()).plus(offset);
    }
}
