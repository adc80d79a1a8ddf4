package org.continuityacademy.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/**
 * Instants to and from the {@code DATETIME(6)} columns, which hold UTC (as Hibernate writes them): written as
 * UTC text, read with a UTC calendar. A plain {@code java.sql.Timestamp} would be converted in the JVM's zone.
 */
final class Utc {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private Utc() {
    }

    /** The instant as the UTC text a {@code DATETIME(6)} column holds (to microseconds). */
    static String text(Instant instant) {
        return TEXT.format(instant);
    }

    static @Nullable Instant read(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Instant require(ResultSet rs, String column) throws SQLException {
        Instant value = read(rs, column);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value;
    }
}
