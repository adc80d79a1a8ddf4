package org.continuityacademy.base.i18n;

import com.vaadin.flow.server.VaadinService;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one place that formats dates, times and numbers: for a person's locale, in the organisation's time
 * zone. Services take one from {@link Messages#formats(Locale)}; views use {@link #current()}.
 */
public record Formats(Locale locale, ZoneId zone) {

    /** A calendar date such as a due date ("7 Dec 2026" in British English). */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The day an instant falls on in the organisation's zone ("7 Dec 2026"). */
    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
    }

    /** A date written out in full for documents ("7 December 2026"). */
    public String longDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    public String longDate(Instant instant) {
        return longDate(instant.atZone(zone).toLocalDate());
    }

    /** Date and time of day in the organisation's zone ("7 Dec 2026, 14:05"). */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone)
                .format(instant);
    }

    /** Time of day in the organisation's zone ("14:05"). */
    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(instant);
    }

    /** A wall-clock time of day ("09:00"), such as a setting's. */
    public String time(LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    public String date(@Nullable LocalDate date, String whenMissing) {
        return date == null ? whenMissing : date(date);
    }

    public String date(@Nullable Instant instant, String whenMissing) {
        return instant == null ? whenMissing : date(instant);
    }

    public String dateTime(@Nullable Instant instant, String whenMissing) {
        return instant == null ? whenMissing : dateTime(instant);
    }

    /**
     * How a date picker shows and reads dates for this locale, as date-fns patterns (what Vaadin's picker formats with):
     * the first is how it shows a date, the others are also accepted when typed. In English the first is
     * {@link #date(LocalDate)}'s own pattern ("7 Dec 2026", "Dec 7, 2026"), so a picker reads like the tables; date-fns
     * knows only English month names, so other languages show the locale's numeric date with a four-digit year
     * ("07.12.2026"). Without this each picker took whatever the browser made of the locale ("07/12/2026", "12/7/2026").
     */
    public List<String> pickerFormats() {
        var formats = new LinkedHashSet<String>();
        String medium = fourDigitYear(pattern(FormatStyle.MEDIUM));
        if ("en".equals(locale.getLanguage()) && medium.replaceAll("'[^']*'", "").replaceAll("[dMy]", "").chars()
                .noneMatch(Character::isLetter)) {
            formats.add(medium);
        }
        String numeric = fourDigitYear(pattern(FormatStyle.SHORT));
        formats.add(numeric);
        formats.add(numeric.replace("dd", "d").replace("MM", "M"));
        formats.add("yyyy-MM-dd");
        return List.copyOf(formats);
    }

    private String pattern(FormatStyle style) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, locale);
    }

    /** "y", "yy" → "yyyy": Vaadin's picker reads two-digit years from a four-digit pattern, never the other way. */
    private static String fourDigitYear(String pattern) {
        return pattern.replaceAll("y+", "yyyy");
    }

    /** A whole number with the locale's grouping ("12,345"). */
    public String number(long number) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }

    /** A percentage with the given number of decimals ("86.7%"); {@code percent} is 0–100. */
    public String percent(double percent, int decimals) {
        var format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(percent / 100);
    }

    /** The zone's name for people ("Coordinated Universal Time", "New Zealand Time"), with its id. */
    public String zoneName() {
        String name = zone.getDisplayName(TextStyle.FULL, locale);
        return name.equals(zone.getId()) ? name : name + " (" + zone.getId() + ")";
    }

    /**
     * Formats for the person using the current UI: their locale, the organisation's zone (the application
     * {@link Clock}'s). Only for views: outside a UI, services use {@link Messages#formats(Locale)}.
     */
    public static Formats current() {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            throw new IllegalStateException("Formats.current() is for views; services take theirs from Messages.formats(locale)");
        }
        return service.getInstantiator().getOrCreate(Messages.class).formats();
    }
}
