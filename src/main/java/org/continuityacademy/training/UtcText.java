package org.continuityacademy.training;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the UTC text a {@code DATETIME(6)} column holds, for SQL written by hand: a {@code java.sql.Timestamp}
 * parameter would be converted with the JVM's time zone and shift every time on a machine not set to UTC.
 */
final class UtcText {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private UtcText() {
    }

    static String of(Instant instant) {
        return UTC.format(instant);
    }
}
