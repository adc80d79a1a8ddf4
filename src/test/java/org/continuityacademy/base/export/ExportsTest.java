package org.continuityacademy.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportsTest {

    static final ZoneId UTC = ZoneId.of("UTC");
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    record Person(String name, int daysLate, LocalDate due) {
    }

    private static final List<ExportColumn<Person>> COLUMNS = List.of(
            ExportColumn.of("Name", Person::name),
            ExportColumn.of("Days late", Person::daysLate),
            ExportColumn.of("Due", Person::due));

    private static final List<Person> ROWS = List.of(
            new Person("=HYPERLINK(\"http://evil\",\"x\")", 3, LocalDate.of(2026, 11, 1)),
            new Person("+49 30 1234", -2, LocalDate.of(2026, 11, 2)),
            new Person("-minus", 0, LocalDate.of(2026, 11, 3)),
            new Person("@SUM(A1)", 1, LocalDate.of(2026, 11, 4)),
            new Person("\tTabbed", 1, LocalDate.of(2026, 11, 5)),
            new Person("\rReturn", 1, LocalDate.of(2026, 11, 6)),
            new Person("Zoë Ångström, Jr.", 7, LocalDate.of(2026, 11, 7)));

    @Test
    void every_formula_start_is_neutralised_and_other_text_is_left_alone() {
        assertThat(Exports.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(Exports.neutralise("+1")).isEqualTo("'+1");
        assertThat(Exports.neutralise("-1")).isEqualTo("'-1");
        assertThat(Exports.neutralise("@A1")).isEqualTo("'@A1");
        assertThat(Exports.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(Exports.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(Exports.neutralise("Ann = 1")).isEqualTo("Ann = 1");
        assertThat(Exports.neutralise("")).isEmpty();
    }

    @Test
    void csv_is_utf8_with_a_byte_order_mark_and_neutralised_text_but_plain_numbers() {
        var out = new ByteArrayOutputStream();
        Exports.csv(out, COLUMNS, ROWS.stream(), UTC);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Name,Days late,Due");
        assertThat(lines.get(1)).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",3,2026-11-01");
        assertThat(lines.get(2)).isEqualTo("'+49 30 1234,-2,2026-11-02");
        assertThat(lines.get(3)).startsWith("'-minus,0,");
        assertThat(lines.get(4)).startsWith("'@SUM(A1),1,");
        assertThat(text).contains("'\tTabbed,1,").contains("\"'\rReturn\"").contains("\"Zoë Ångström, Jr.\",7,2026-11-07");
    }

    @Test
    void xlsx_opens_with_poi_and_holds_the_same_rows_with_numbers_and_dates_typed() throws Exception {
        var out = new ByteArrayOutputStream();
        Exports.xlsx(out, "Overdue: training [now]", COLUMNS, ROWS.stream(), UTC);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Overdue  training  now");
            assertThat(sheet.getLastRowNum()).isEqualTo(ROWS.size());
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Days late");
            for (int i = 0; i < ROWS.size(); i++) {
                var row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(Exports.neutralise(ROWS.get(i).name()));
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(ROWS.get(i).daysLate());
                assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(ROWS.get(i).due());
            }
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("'=");
        }
    }

    @Test
    void an_empty_table_still_has_its_header() {
        var out = new ByteArrayOutputStream();
        Exports.csv(out, COLUMNS, Stream.empty(), UTC);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("\uFEFFName,Days late,Due\r\n");
    }

    record Change(String what, Instant at) {
    }

    /** 31 December 2026, 23:30 UTC: already New Year's Day, 12:30, in Auckland (UTC+13 in summer). */
    static final Instant NEW_YEAR_IN_AUCKLAND = Instant.parse("2026-12-31T23:30:00Z");

    static final List<ExportColumn<Change>> CHANGES = List.of(ExportColumn.of("What", Change::what), ExportColumn.of("When", Change::at));

    @Test
    void csv_writes_a_point_in_time_in_the_organisations_zone_with_its_offset() {
        var out = new ByteArrayOutputStream();
        Exports.csv(out, CHANGES, Stream.of(new Change("fireworks", NEW_YEAR_IN_AUCKLAND)), AUCKLAND);

        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList().get(1))
                .isEqualTo("fireworks,2027-01-01T12:30:00+13:00");
    }

    @Test
    void xlsx_shows_the_wall_clock_time_of_the_organisations_zone() throws Exception {
        var out = new ByteArrayOutputStream();
        Exports.xlsx(out, "changes", CHANGES, Stream.of(new Change("fireworks", NEW_YEAR_IN_AUCKLAND)), AUCKLAND);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            // Excel's serial date: days since 30 December 1899, the time of day as the fraction; neither depends on the JVM's zone
            double serial = cell.getNumericCellValue();
            long day = (long) Math.floor(serial);
            assertThat(LocalDate.of(1899, 12, 30).plusDays(day)).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(Math.round((serial - day) * 24 * 60)).isEqualTo(12 * 60 + 30);
        }
    }
}
