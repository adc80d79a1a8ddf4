package org.continuityacademy.services;

import java.util.Locale;
import org.continuityacademy.base.i18n.Messages;

/**
 * Minutes in the words people use for recovery targets: "45 minutes", "4 hours", "2 days" (the largest
 * unit that divides them), in the person's language.
 */
public final class Durations {

    private static final int HOUR = 60;
    private static final int DAY = 24 * HOUR;

    private Durations() {
    }

    /** In the current person's language. */
    public static String describe(int minutes, Messages messages) {
        return describe(messages.currentLocale(), minutes, messages);
    }

    public static String describe(Locale locale, int minutes, Messages messages) {
        if (minutes > 0 && minutes % DAY == 0) {
            return messages.get(locale, "services.duration.days", minutes / DAY);
        }
        if (minutes > 0 && minutes % HOUR == 0) {
            return messages.get(locale, "services.duration.hours", minutes / HOUR);
        }
        return messages.get(locale, "services.duration.minutes", minutes);
    }
}
