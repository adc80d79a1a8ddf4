package org.continuityacademy.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A date picker shows a date as the tables do, in the person's locale, and reads what people type. */
class FormatsPickerTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void in_english_a_picker_shows_the_tables_date() {
        for (Locale locale : new Locale[] {Locale.UK, Locale.US, Locale.ENGLISH}) {
            var formats = new Formats(locale, ZoneOffset.UTC);
            String first = formats.pickerFormats().getFirst();
            assertThat(DateTimeFormatter.ofPattern(first, locale).format(DAY)).as(locale.toString()).isEqualTo(formats.date(DAY));
        }
        assertThat(new Formats(Locale.UK, ZoneOffset.UTC).pickerFormats()).containsExactly("d MMM yyyy", "dd/MM/yyyy", "d/M/yyyy",
                "yyyy-MM-dd");
        assertThat(new Formats(Locale.US, ZoneOffset.UTC).pickerFormats()).startsWith("MMM d, yyyy", "M/d/yyyy");
    }

    @Test
    void other_languages_show_their_numeric_date_with_four_digit_years() {
        assertThat(new Formats(Locale.GERMANY, ZoneOffset.UTC).pickerFormats()).containsExactly("dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd");
    }
}
