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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads HR's employee list: UTF-8 with or without a byte-order mark, comma or semicolon separated,
 * quoted fields (which may hold line breaks). Every row problem is reported with the line its row starts on and the
 * column it is in (its letter and its header, as HR's spreadsheet shows them); nothing is thrown for bad rows. Only a
 * row's own problems are reported: a row whose values have slid into the wrong columns (a separator missing or one
 * too many) is one problem, not one per column, and rows left empty but for their separators are skipped like empty
 * lines. The file streams through: only its valid rows are kept, and the numbers of the refused ones.
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
    /** The columns whose values have a form to check (see {@link #misfits}). */
    private static final Set<Column> FORMATTED = java.util.EnumSet.of(Column.EMAIL, Column.HIRE_DATE, Column.LEAVING_DATE, Column.ACTIVE);

    /** One valid row of the file. */
    record Row(int line, String number, String firstName, String lastName, String email, String department,
               @Nullable String managerNumber, @Nullable String location, @Nullable LocalDate hireDate, boolean active,
               @Nullable LocalDate leavingDate) {
    }

    /** A column of the file as HR sees it: its letter in a spreadsheet (A, B, … AA) and its header as written. */
    record Place(String letter, String header) {

        static Place of(int index, String header) {
            var letters = new StringBuilder();
            for (int n = index + 1; n > 0; n = (n - 1) / 26) {
                letters.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return new Place(letters.toString(), shortened(header));
        }
    }

    /**
     * A problem with the file or one of its rows; line 0 is the file as a whole. A row's problem names the column it is
     * in, where there is one. The text is a message key ({@code import.problem.…}) with its arguments: HR reads it in their
     * own language.
     */
    record Problem(int line, @Nullable Place column, String key, List<Object> args) {

        Problem(int line, String key, Object... args) {
            this(line, null, key, List.of(args));
        }
    }

    /** A problem of one row, before its line is known: the column it is in (null: the row as a whole), a message key and its arguments. */
    record RowProblem(@Nullable Column column, String key, List<Object> args) {

        RowProblem(@Nullable Column column, String key, Object... args) {
            this(column, key, List.of(args));
        }

        /** A value that is there but is not what its column holds: the sign that values slid into the wrong columns. */
        boolean misfit() {
            return key.equals("import.problem.not-email") || key.startsWith("import.problem.not-a-date.")
                    || key.equals("import.problem.not-yes-or-no");
        }
    }

    /**
     * What was read: the valid rows, every problem, and what HR should know but need not correct (a column the
     * import does not know, a column named twice); where each known column is, and the employee numbers of the rows
     * that were refused (they are in the file, only not usable: nobody else's row is wrong for naming them).
     */
    record Result(List<Row> rows, List<Problem> problems, int rowsRead, List<Problem> warnings, Map<Column, Place> places,
                  Set<String> refusedNumbers) {

        Result(List<Row> rows, List<Problem> problems, int rowsRead) {
            this(rows, problems, rowsRead, List.of(), Map.of(), Set.of());
        }

        /** Where a column is in the file, for a problem found after reading (a manager, an address); null if it has none. */
        @Nullable Place place(Column column) {
            return places.get(column);
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
                Map<Column, Place> places = Map.of();
                int headerSize = 0;
                var refusedNumbers = new HashSet<String>();
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
                    // an empty line, or a row of separators only (spreadsheets save the empty rows below a table so)
                    if (record.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (columns == null) {
                        columns = header(record, line, problems, warnings);
                        if (!problems.isEmpty()) {
                            return new Result(List.of(), problems, 0, warnings, Map.of(), Set.of());
                        }
                        places = places(record, columns);
                        headerSize = record.size();
                        continue;
                    }
                    if (++read > limits.maxRows()) {
                        return new Result(List.of(), List.of(new Problem(0, "import.problem.too-many-rows", limits.maxRows())), read - 1,
                                warnings, places, Set.of());
                    }
                    row(record, line, columns, places, headerSize, limits, today, firstLineOfNumber, rows, problems, refusedNumbers);
                }
                if (columns == null) {
                    return new Result(List.of(), List.of(new Problem(0, "import.problem.empty")), 0);
                }
                if (read == 0) {
                    problems.add(new Problem(0, "import.problem.no-rows"));
                }
                return new Result(rows, problems, read, warnings, places, refusedNumbers);
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

    private static void row(CSVRecord record, int line, Map<Column, Integer> columns, Map<Column, Place> places, int headerSize,
                            Limits limits, LocalDate today, Map<String, Integer> firstLineOfNumber, List<Row> rows,
                            List<Problem> problems, Set<String> refusedNumbers) {
        var rowProblems = new ArrayList<RowProblem>();
        String number = value(record, columns, Column.NUMBER);
        String first = value(record, columns, Column.FIRST_NAME);
        String last = value(record, columns, Column.LAST_NAME);
        String email = value(record, columns, Column.EMAIL);
        String department = value(record, columns, Column.DEPARTMENT);
        Column[] required = {Column.NUMBER, Column.FIRST_NAME, Column.LAST_NAME, Column.EMAIL, Column.DEPARTMENT};
        String[] values = {number, first, last, email, department};
        for (int i = 0; i < required.length; i++) {
            if (values[i] == null) {
                rowProblems.add(new RowProblem(required[i], "import.problem.missing." + required[i].key));
            }
        }
        String manager = value(record, columns, Column.MANAGER);
        // each value fits its column, or the row is refused here with the field named (not at apply with SQL's words)
        boolean fits = true;
        for (Column column : Column.values()) {
            Integer max = limits.lengths().get(column);
            String value = max == null ? null : value(record, columns, column);
            if (value != null && ColumnSizes.length(value) > max) {
                rowProblems.add(new RowProblem(column, "import.problem.too-long." + column.key, max, ColumnSizes.length(value)));
                if (column == Column.EMAIL) {
                    fits = false;
                }
            }
        }
        if (email != null && fits && !EMAIL.matcher(email).matches()) {
            rowProblems.add(new RowProblem(Column.EMAIL, "import.problem.not-email", email));
        }
        LocalDate hire = date(record, columns, Column.HIRE_DATE, "import.problem.not-a-date.hire", rowProblems);
        LocalDate leaving = date(record, columns, Column.LEAVING_DATE, "import.problem.not-a-date.leaving", rowProblems);
        Boolean active = active(value(record, columns, Column.ACTIVE), rowProblems);
        RowProblem slid = record.size() != headerSize && rowProblems.stream().anyMatch(RowProblem::misfit)
                ? slid(record, columns, headerSize) : null;
        if (slid != null) {
            // the values are not under their headers: that is the row's one problem, not each column after the gap
            rowProblems.clear();
            rowProblems.add(slid);
        } else {
            if (number != null) {
                Integer earlier = firstLineOfNumber.putIfAbsent(number, line);
                if (earlier != null) {
                    rowProblems.add(new RowProblem(Column.NUMBER, "import.problem.duplicate-number", number, String.valueOf(earlier)));
                }
            }
            if (manager != null && manager.equals(number)) {
                rowProblems.add(new RowProblem(Column.MANAGER, "import.problem.own-manager"));
            }
        }
        if (rowProblems.isEmpty()) {
            boolean isActive = (active == null || active) && (leaving == null || leaving.isAfter(today));
            rows.add(new Row(line, number, first, last, email.toLowerCase(Locale.ROOT), department, manager,
                    value(record, columns, Column.LOCATION), hire, isActive, leaving));
        } else {
            if (number != null) {
                refusedNumbers.add(number);
            }
            rowProblems.forEach(p -> problems.add(new Problem(line, p.column() == null ? null : places.get(p.column()), p.key(), p.args())));
        }
    }

    /**
     * A row with fewer or more values than the header has columns, whose values do not fit their columns: if a gap
     * explains it (values missing with their separators at one place, or one value split by a separator it holds), that
     * is the problem, named at the column where it is or, when several places would explain it, with the columns it is
     * between. Null when no gap makes every value fit: then the row's problems are its own.
     */
    private static @Nullable RowProblem slid(CSVRecord record, Map<Column, Integer> columns, int headerSize) {
        int size = record.size();
        boolean missing = size < headerSize;
        int gap = Math.abs(headerSize - size);
        int first = -1, last = -1;
        for (int at = missing ? 0 : 1; at <= Math.min(size, headerSize); at++) {
            int start = at;
            // the value under header column i, had the row no gap at `start`
            java.util.function.IntFunction<@Nullable String> moved = missing
                    ? i -> i < start ? cell(record, i) : i < start + gap ? null : cell(record, i - gap)
                    : i -> i < start ? cell(record, i) : cell(record, i + gap);
            // a split value is not an address, a date or yes/no: those hold no separator
            Column split = missing ? null : columnAt(columns, at - 1);
            boolean splitFits = split == null || !FORMATTED.contains(split);
            if (splitFits && !misfits(column -> columns.containsKey(column) ? moved.apply(columns.get(column)) : null)) {
                first = first < 0 ? at : first;
                last = at;
            }
        }
        if (first < 0) {
            return null;
        }
        // missing: the gap's first column; too many: the column whose value was split
        int from = missing ? first : first - 1;
        int to = missing ? last + gap - 1 : last - 1;
        if (from == to || (missing && first == last)) {
            Column there = columnAt(columns, from);
            return missing ? new RowProblem(there, "import.problem.values-missing", gap, size, headerSize)
                    : new RowProblem(there, "import.problem.values-extra", size, headerSize);
        }
        String fromLetter = Place.of(from, "").letter();
        String toLetter = Place.of(to, "").letter();
        return missing ? new RowProblem(null, "import.problem.values-missing-between", gap, size, headerSize, fromLetter, toLetter)
                : new RowProblem(null, "import.problem.values-extra-between", size, headerSize, fromLetter, toLetter);
    }

    /** Whether a value is there but is not what its column holds (an address, a date, yes or no). */
    private static boolean misfits(java.util.function.Function<Column, @Nullable String> value) {
        String email = value.apply(Column.EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            return true;
        }
        for (Column date : List.of(Column.HIRE_DATE, Column.LEAVING_DATE)) {
            String text = value.apply(date);
            if (text != null) {
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    return true;
                }
            }
        }
        String active = value.apply(Column.ACTIVE);
        return active != null && active(active, new ArrayList<>()) == null;
    }

    private static @Nullable String cell(CSVRecord record, int index) {
        if (index < 0 || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** The known column at a position of the header, or null for a column the import does not know. */
    private static @Nullable Column columnAt(Map<Column, Integer> columns, int index) {
        return columns.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Where each known column is: its letter and its header as HR wrote it. */
    private static Map<Column, Place> places(CSVRecord header, Map<Column, Integer> columns) {
        var places = new EnumMap<Column, Place>(Column.class);
        columns.forEach((column, index) -> places.put(column, Place.of(index, header.get(index).strip())));
        return places;
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
        return index == null ? null : cell(record, index);
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
            problems.add(new RowProblem(column, problemKey, value));
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
                problems.add(new RowProblem(Column.ACTIVE, "import.problem.not-yes-or-no", value));
                yield null;
            }
        };
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
