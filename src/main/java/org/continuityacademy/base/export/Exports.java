package org.continuityacademy.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table as CSV or XLSX, streaming: rows are read from the stream one at a time, so an export
 * of a hundred thousand rows does not hold them all (XLSX keeps a window of 200 rows in memory).
 * <p>
 * A text cell that a spreadsheet would read as a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is neutralised with a leading apostrophe, so that
 * an employee named {@code =HYPERLINK(…)} stays a name. Numbers are written as numbers and are not
 * touched: {@code -3} days late is a number, not a formula.
 * <p>
 * Points in time ({@code Instant}) are written in the time zone the caller names, the organisation's: in CSV as
 * ISO text with the offset ({@code 2026-12-07T23:30:00+13:00}), in XLSX as a date-time cell showing that zone's
 * wall-clock time (a spreadsheet cell has no zone, so the column header should say which).
 */
public final class Exports {

    /** The byte-order mark that makes spreadsheets read a CSV file as UTF-8. */
    private static final String BOM = "\uFEFF";
    private static final int XLSX_WINDOW = 200;

    private Exports() {
    }

    /** A text cell made safe for spreadsheets: the same text, with an apostrophe before a formula start. */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /**
     * The table as CSV: UTF-8 with a byte-order mark, comma-separated, CRLF line ends, a header row; instants
     * in {@code zone}.
     */
    public static <T> void csv(OutputStream out, List<ExportColumn<T>> columns, Stream<T> rows, ZoneId zone) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(columns.stream().map(ExportColumn::header).map(Exports::neutralise).toList());
            try (rows) {
                rows.forEach(row -> {
                    try {
                        printer.printRecord(columns.stream().map(c -> csvCell(c.value().apply(row), zone)).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table as an XLSX workbook of one sheet, with a bold header row that stays in view; instants in {@code zone}. */
    public static <T> void xlsx(OutputStream out, String sheetName, List<ExportColumn<T>> columns, Stream<T> rows, ZoneId zone) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW)) {
            SXSSFSheet sheet = workbook.createSheet(safeSheetName(sheetName));
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(neutralise(columns.get(i).header()));
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            try (rows) {
                rows.forEach(item -> {
                    Row row = sheet.createRow(next[0]++);
                    for (int i = 0; i < columns.size(); i++) {
                        xlsxCell(row.createCell(i), columns.get(i).value().apply(item), zone, dateStyle, timeStyle);
                    }
                });
            }
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvCell(@Nullable Object value, ZoneId zone) {
        return switch (value) {
            case null -> "";
            case Number number -> number.toString();
            case Boolean bool -> bool ? "yes" : "no";
            case Instant instant -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
            case TemporalAccessor temporal -> temporal.toString();
            default -> neutralise(value.toString());
        };
    }

    private static void xlsxCell(Cell cell, @Nullable Object value, ZoneId zone, CellStyle dateStyle, CellStyle timeStyle) {
        switch (value) {
            case null -> cell.setBlank();
            case Number number -> cell.setCellValue(number.doubleValue());
            case Boolean bool -> cell.setCellValue(bool ? "yes" : "no");
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
            case Instant instant -> {
                // a calendar in the zone: the cell holds that zone's wall-clock time, whatever the JVM's own zone is
                cell.setCellValue(GregorianCalendar.from(instant.atZone(zone)));
                cell.setCellStyle(timeStyle);
            }
            default -> cell.setCellValue(neutralise(value.toString()));
        }
    }

    /** Sheet names are at most 31 characters and may not hold {@code : \ / ? * [ ]}. */
    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        if (cleaned.isEmpty()) {
            cleaned = "Export";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
