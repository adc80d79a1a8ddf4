package org.continuityacademy.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.evidence.PdfLayout.Column;
import org.junit.jupiter.api.Test;

/**
 * Dates and times in the evidence pack's tables never wrap, in any language: for every locale Java knows, each
 * month's date and date-time as {@link Formats} writes them ("30 Sept 2027", "30 de septiembre de 2027, 14:05")
 * stays on one line in the pack's widest tables, laid out with the same columns as {@link EvidencePdf}'s.
 */
class PdfLayoutTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void every_locales_dates_stay_on_one_line_in_the_widest_tables() throws Exception {
        var problems = new ArrayList<String>();
        try (var document = new PDDocument()) {
            var pdf = new PdfLayout(document);
            var seen = new HashSet<List<String>>();
            for (Locale locale : Locale.getAvailableLocales()) {
                var formats = new Formats(locale, ZONE);
                // many locales write their dates alike: each way of writing them is checked once
                var written = new ArrayList<String>();
                for (int month = 1; month <= 12; month++) {
                    written.add(formats.date(LocalDate.of(2027, month, 28)));
                    written.add(formats.dateTime(noon(LocalDate.of(2027, month, 28))));
                }
                if (locale.getLanguage().isEmpty() || !seen.add(written)) {
                    continue;
                }
                check(pdf, locale, "gaps", gapColumns(), month -> List.of("Piotr Zieliński-Wiśniewska", "X1234567",
                        "IT Recovery Lead, Harbour Ledger (primary)", "knowing-our-critical-services", formats.date(month),
                        formats.date(month.plusDays(27)), "365", "Not yet completed"), problems);
                check(pdf, locale, "training", trainingColumns(formats.date(LocalDate.of(2027, 9, 30))),
                        month -> List.of("knowing-our-critical-services", "0.10.0", "100%", formats.dateTime(noon(month)),
                                formats.dateTime(noon(month.plusYears(1))), "Never completed"), problems);
                check(pdf, locale, "campaigns", campaignColumns(), month -> List.of("Evidence refresher for all staff 2027",
                        formats.dateTime(noon(month)), "schedule", "100000", "99999", "99999", "99999", "Done"), problems);
                check(pdf, locale, "versions", versionColumns(), month -> List.of("knowing-our-critical-services (retired since)",
                        "Knowing our critical services", "0.10.0", formats.dateTime(noon(month)), "IT Recovery Lead, All staff"), problems);
            }
        }
        assertThat(problems).as("dates that would wrap in a table cell").isEmpty();
    }

    /** One row per month of 2027, its last days (the longest month names are September's in many languages). */
    private static void check(PdfLayout pdf, Locale locale, String table, List<Column> columns, Function<LocalDate, List<String>> row,
                              List<String> problems) {
        var rows = new ArrayList<List<String>>();
        for (int month = 1; month <= 12; month++) {
            rows.add(row.apply(LocalDate.of(2027, month, 1).plusMonths(1).minusDays(1)));
        }
        int[][] lines = pdf.lines(columns, rows);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).whole() && lines[r][c] != 1) {
                    problems.add(locale.toLanguageTag() + ", " + table + ": \"" + rows.get(r).get(c) + "\" takes " + lines[r][c] + " lines");
                }
            }
        }
    }

    private static java.time.Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    // the columns of EvidencePdf's tables with dates, with their English headers

    private static List<Column> gapColumns() {
        return List.of(new Column("Person", 2.2f), new Column("Employee no.", 1.4f), new Column("Role", 2.6f), new Column("Module", 2.8f),
                Column.whole("From", 1.8f), Column.whole("To", 1.8f), new Column("Days", 0.8f), new Column("Why", 1.8f));
    }

    private static List<Column> trainingColumns(String asOf) {
        return List.of(new Column("Module", 3.2f), new Column("Version", 1.1f), new Column("Score", 0.8f), Column.whole("Completed", 1.8f),
                Column.whole("Expires", 1.8f), new Column("At " + asOf, 1.6f));
    }

    private static List<Column> campaignColumns() {
        return List.of(new Column("Campaign", 3), Column.whole("Fired", 2.4f), new Column("Started by", 1.6f), new Column("Targeted", 1.1f),
                new Column("Assigned", 1.1f), new Column("Skipped (current)", 1.4f), new Column("Already open", 1.2f),
                new Column("Outcome", 1.1f));
    }

    private static List<Column> versionColumns() {
        return List.of(new Column("Module", 3), new Column("Title", 3.5f), new Column("Version", 1.2f), Column.whole("Published", 1.6f),
                new Column("Required for", 3));
    }
}
