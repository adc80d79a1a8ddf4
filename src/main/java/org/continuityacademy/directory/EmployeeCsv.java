package org.continuityacademy.directory;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.continuityacademy.base.db.ColumnSizes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads HR's employee list: UTF-8 with or without a byte-order mark, comma or semicolon separated,
 * quoted fields (which may hold line breaks). Every row problem is reported with the line its row starts on;
 * nothing is thrown for bad rows. The file streams through: only its valid rows are kept.
 */
final class EmployeeCsv {

    /** The columns, by the names HR may use in the header (case, spaces and underscores do not matter). */
    enum Column {
        NUMBER(true, "employeenumber", "employeeno", "number", "employeeid", "personnelnumber"),
        FIRST_NAME(true, "firstname", "givenname"),
        LAST_NAME(true, "lastname", "surname", "familyname"),
        EMAIL(true, "email", "emailaddress", "mail"),
        DEPARTMENT(true, "department", "dept"),
        MANAGER(false, "managernumber", "manageremployeenumber", "manager", "managerno"),
        LOCATION(false, "location", "site", "office"),
        HIRE_DATE(false, "hiredate", "startdate", "joined"),
        ACTIVE(false, "active", "status"),
        LEAVING_DATE(false, "leavingdate", "enddate", "leftdate");

        final boolean required;
        final List<String> names;
        /** The column in messages' keys ({@code import.problem.too-long.first-name}). */
        final String key;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
            this.key = name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** One valid row of the file. */
    record Row(int line, String number, String firstName, String lastName, String email, String department,
               @Nullable String managerNumber, @Nullable String location, @Nullable LocalDate hireDate, boolean active,
               @Nullable LocalDate leavingDate) {
    }

    /**
     * A problem with the file or one of its rows; line 0 is the file as a whole. The text is a message key
     * ({@code import.problem.…}) with its arguments: HR reads it in their own language.
     */
    record Problem(int line, String key, List<Object> args) {

        Problem(int line, String key, Object... args) {
            this(line, key, List.of(args));
        }
    }

    /** A problem of one row, before its line is known to the caller: a message key and its arguments. */
    record RowProblem(String key, List<Object> args) {

        RowProblem(String key, Object... args) {
            this(key, List.of(args));
        }
    }

    /**
     * What was read: the valid rows, every problem, and what HR should know but need not correct (a column the
     * import does not know, a column named twice).
     */
    record Result(List<Row> rows, List<Problem> problems, int rowsRead, List<Problem> warnings) {

        Result(List<Row> rows, List<Problem> problems, int rowsRead) {
            this(rows, problems, rowsRead, List.of());
        }
    }

    /**
     * The limits a file is read under: the longest value of each column (the database's column sizes) and the most
     * rows one file may have.
     */
    record Limits(Map<Column, Integer> lengths, int maxRows) {

        static final Limits NONE = new Limits(Map.of(), Integer.MAX_VALUE);
    }

    /** For a file already in memory (tests, small callers): as {@link #read(InputStream, LocalDate, Limits)}, without limits. */
    static Result read(byte[] bytes, LocalDate today) {
        return read(new ByteArrayInputStream(bytes), today, Limits.NONE);
    }

    /**
     * Reads the file as it streams in: only the valid rows are kept, never the file's bytes or text. A record's line
     * is the line it starts on, also after a quoted field that holds line breaks.
     */
    static Result read(InputStream input, LocalDate today, Limits limits) {
        var problems = new ArrayList<Problem>();
        var warnings = new ArrayList<Problem>();
        try {
            var bytes = new BufferedInputStream(input, 1 << 16);
            bytes.mark(3);
            byte[] start = bytes.readNBytes(3);
            if (!(start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF)) {
                bytes.reset(); // no byte-order mark: those bytes are the file's first
            }
            var text = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            char delimiter = delimiter(text);
            // empty lines stay records (skipped below), so that the parser's line count is every line of the file
            var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(false).get();
            try (var parser = format.parse(text)) {
                Iterator<CSVRecord> records = parser.iterator();
                Map<Column, Integer> columns = null;
                var rows = new ArrayList<Row>();
                var firstLineOfNumber = new HashMap<String, Integer>();
                int read = 0;
                while (true) {
                    // the lines read so far end the previous record: this one starts on the next line
                    final int line = (int) parser.getCurrentLineNumber() + 1;
                    if (!records.hasNext()) {
                        break;
                    }
                    CSVRecord record = records.next();
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue;
                    }
                    if (columns == null) {
                        columns = header(record, line, problems, warnings);
                        if (!problems.isEmpty()) {
                            return new Result(List.of(), problems, 0, warnings);
                        }
                        continue;
                    }
                    if (++read > limits.maxRows()) {
                        return new Result(List.of(), List.of(new Problem(0, "import.problem.too-many-rows", limits.maxRows())), read - 1,
                                warnings);
                    }
                    row(record, line, columns, limits, today, firstLineOfNumber, rows, problems);
                }
                if (columns == null) {
                    return new Result(List.of(), List.of(new Problem(0, "import.problem.empty")), 0);
                }
                if (read == 0) {
                    problems.add(new Problem(0, "import.problem.no-rows"));
                }
                return new Result(rows, problems, read, warnings);
            }
        } catch (CharacterCodingException e) {
            return notUtf8();
        } catch (UncheckedIOException e) {
            return e.getCause() instanceof CharacterCodingException ? notUtf8() : failed(e.getCause());
        } catch (IOException | RuntimeException e) {
            return failed(e);
        }
    }

    private static Result notUtf8() {
        return new Result(List.of(), List.of(new Problem(0, "import.problem.not-utf8")), 0);
    }

    private static Result failed(Throwable e) {
        if (e.getCause() instanceof CharacterCodingException) {
            return notUtf8();
        }
        return new Result(List.of(), List.of(new Problem(0, "import.problem.not-csv", String.valueOf(e.getMessage()))), 0);
    }

    /** Semicolons when the first line has more of them than commas; the reader is back at its start afterwards. */
    private static char delimiter(BufferedReader text) throws IOException {
        int limit = 1 << 15;
        text.mark(limit + 1);
        int semicolons = 0, commas = 0;
        for (int i = 0, c; i < limit && (c = text.read()) != -1 && c != '\n'; i++) {
            if (c == ';') {
                semicolons++;
            } else if (c == ',') {
                commas++;
            }
        }
        text.reset();
        return semicolons > commas ? ';' : ',';
    }

    private static void row(CSVRecord record, int line, Map<Column, Integer> columns, Limits limits, LocalDate today,
                            Map<String, Integer> firstLineOfNumber, List<Row> rows, List<Problem> problems) {
        var rowProblems = new ArrayList<RowProblem>();
        String number = value(record, columns, Column.NUMBER);
        String first = value(record, columns, Column.FIRST_NAME);
        String last = value(record, columns, Column.LAST_NAME);
        String email = value(record, columns, Column.EMAIL);
        String department = value(record, columns, Column.DEPARTMENT);
        String[] missingKeys = {"import.problem.missing.number", "import.problem.missing.first-name",
                "import.problem.missing.last-name", "import.problem.missing.email", "import.problem.missing.department"};
        String[] values = {number, first, last, email, department};
        for (int i = 0; i < missingKeys.length; i++) {
            if (values[i] == null) {
                rowProblems.add(new RowProblem(missingKeys[i]));
            }
        }
        String manager = value(record, columns, Column.MANAGER);
        String location = value(record, columns, Column.LOCATION);
        // each value fits its column, or the row is refused here with the field named (not at apply with SQL's words)
        boolean fits = true;
        for (Column column : Column.values()) {
            Integer max = limits.lengths().get(column);
            String value = max == null ? null : value(record, columns, column);
            if (value != null && ColumnSizes.length(value) > max) {
                rowProblems.add(new RowProblem("import.problem.too-long." + column.key, max, ColumnSizes.length(value)));
                if (column == Column.EMAIL) {
                    fits = false;
                }
            }
        }
        if (email != null && fits && !EMAIL.matcher(email).matches()) {
            rowProblems.add(new RowProblem("import.problem.not-email", email));
        }
        LocalDate hire = date(record, columns, Column.HIRE_DATE, "import.problem.not-a-date.hire", rowProblems);
        LocalDate leaving = date(record, columns, Column.LEAVING_DATE, "import.problem.not-a-date.leaving", rowProblems);
        Boolean active = active(value(record, columns, Column.ACTIVE), rowProblems);
        if (number != null) {
            Integer earlier = firstLineOfNumber.putIfAbsent(number, line);
            if (earlier != null) {
                rowProblems.add(new RowProblem("import.problem.duplicate-number", number, String.valueOf(earlier)));
            }
        }
        if (manager != null && manager.equals(number)) {
            rowProblems.add(new RowProblem("import.problem.own-manager"));
        }
        if (rowProblems.isEmpty()) {
            boolean isActive = (active == null || active) && (leaving == null || leaving.isAfter(today));
            rows.add(new Row(line, number, first, last, email.toLowerCase(Locale.ROOT), department, manager, location, hire,
                    isActive, leaving));
        } else {
            rowProblems.forEach(p -> problems.add(new Problem(line, p.key(), p.args())));
        }
    }

    private static Map<Column, Integer> header(CSVRecord header, int line, List<Problem> problems, List<Problem> warnings) {
        var columns = new LinkedHashMap<Column, Integer>();
        for (int i = 0; i < header.size(); i++) {
            String written = header.get(i).strip();
            if (written.isEmpty()) {
                continue;
            }
            String name = written.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            Column known = null;
            for (Column column : Column.values()) {
                if (column.names.contains(name)) {
                    known = column;
                }
            }
            if (known == null) {
                warnings.add(new Problem(line, "import.warning.unknown-column", shortened(written)));
            } else if (columns.containsKey(known)) {
                warnings.add(new Problem(line, "import.warning.repeated-column", shortened(written), columns.get(known) + 1));
            } else {
                columns.put(known, i);
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                problems.add(new Problem(line, "import.problem.missing-column", column.names.getFirst()));
            }
        }
        return columns;
    }

    /** A header as HR wrote it, cut short if it is long: it is repeated in a message. */
    private static String shortened(String written) {
        return written.length() > 60 ? written.substring(0, 59) + "…" : written;
    }

    private static @Nullable String value(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static @Nullable LocalDate date(CSVRecord record, Map<Column, Integer> columns, Column column, String problemKey,
                                            List<RowProblem> problems) {
        String value = value(record, columns, column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(problemKey, value));
            return null;
        }
    }

    private static @Nullable Boolean active(@Nullable String value, List<RowProblem> problems) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "active" -> true;
            case "false", "no", "n", "0", "inactive", "left" -> false;
            default -> {
                problems.add(new RowProblem("import.problem.not-yes-or-no", value));
                yield null;
            }
        };
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
