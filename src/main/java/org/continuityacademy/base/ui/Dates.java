package org.continuityacademy.base.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Shows instants in the viewer's own time zone (the browser's, once known). */
public final class Dates {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);

    private Dates() {
    }

    /** A calendar date such as a due date ("12 Dec 2026"). */
    public static String date(java.time.LocalDate date) {
        return DATE.format(date);
    }

    /** The date of an instant in the viewer's time zone ("12 Dec 2026"). */
    public static String date(@Nullable Instant instant, String whenMissing) {
        return instant == null ? whenMissing : DATE.withZone(viewerZone()).format(instant);
    }

    public static String dateTime(@Nullable Instant instant, String whenMissing) {
        return instant == null ? whenMissing : DATE_TIME.withZone(viewerZone()).format(instant);
    }

    static ZoneId viewerZone() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            var details = ui.getSession() == null ? null : ui.getInternals().getExtendedClientDetails();
            if (details != null && details.getTimeZoneId() != null) {
                try {
                    return ZoneId.of(details.getTimeZoneId());
                } catch (RuntimeException ignored) {
                    // an unknown zone name from the browser: fall back to the server's
                }
            }
        }
        return ZoneId.systemDefault();
    }
}
