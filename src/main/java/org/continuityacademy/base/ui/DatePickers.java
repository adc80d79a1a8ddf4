package org.continuityacademy.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.continuityacademy.base.i18n.Formats;

/**
 * Every date picker shows dates as the tables do, in the person's locale: left alone, a picker took its format from
 * the browser's idea of the locale, or none when it sat in a dialog ("12/7/2026" beside "7 Dec 2026").
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** The picker, set to the signed-in person's locale and {@link Formats#pickerFormats()}; for views only. */
    public static DatePicker localised(DatePicker picker) {
        Formats formats = Formats.current();
        Locale locale = formats.locale();
        List<String> patterns = formats.pickerFormats();
        var i18n = new DatePicker.DatePickerI18n()
                .setDateFormats(patterns.getFirst(), patterns.subList(1, patterns.size()).toArray(String[]::new))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(sundayFirst(TextStyle.FULL, locale))
                .setWeekdaysShort(sundayFirst(TextStyle.SHORT, locale));
        picker.setLocale(locale);
        picker.setI18n(i18n);
        return picker;
    }

    private static List<String> sundayFirst(TextStyle style, Locale locale) {
        return java.util.stream.IntStream.range(0, 7).mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, locale)).toList();
    }
}
