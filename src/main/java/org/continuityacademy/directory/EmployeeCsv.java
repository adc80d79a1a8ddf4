package org.continuityacademy.directory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
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
 * quoted fields. Every row problem is reported with its line number; nothing is thrown for bad rows.
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

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
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

    record Result(List<Row> rows, List<Problem> problems, int rowsRead) {
    }

    static Result read(byte[] bytes, LocalDate today) {
        var problems = new ArrayList<Problem>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Result(List.of(), List.of(new Problem(0, "import.problem.not-utf8")), 0);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Result(List.of(), List.of(new Problem(0, "import.problem.empty")), 0);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        List<CSVRecord> records;
        try (var parser = format.parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | RuntimeException e) {
            return new Result(List.of(), List.of(new Problem(0, "import.problem.not-csv", String.valueOf(e.getMessage()))), 0);
        }
        if (records.isEmpty()) {
            return new Result(List.of(), List.of(new Problem(0, "import.problem.empty")), 0);
        }
        Map<Column, Integer> columns = header(records.getFirst(), problems);
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems, 0);
        }
        var rows = new ArrayList<Row>();
        var firstLineOfNumber = new HashMap<String, Integer>();
        int read = 0;
        for (CSVRecord record : records.subList(1, records.size())) {
            // the header is record 1; without line breaks inside quoted fields, record number = line number
            final int line = (int) record.getRecordNumber();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            read++;
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
            if (email != null && !EMAIL.matcher(email).matches()) {
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
            String manager = value(record, columns, Column.MANAGER);
            if (manager != null && manager.equals(number)) {
                rowProblems.add(new RowProblem("import.problem.own-manager"));
            }
            if (rowProblems.isEmpty()) {
                boolean isActive = (active == null || active) && (leaving == null || leaving.isAfter(today));
                rows.add(new Row(line, number, first, last, email.toLowerCase(Locale.ROOT), department, manager,
                        value(record, columns, Column.LOCATION), hire, isActive, leaving));
            } else {
                rowProblems.forEach(p -> problems.add(new Problem(line, p.key(), p.args())));
            }
        }
        return new Result(rows, problems, read);
    }

    private static Map<Column, Integer> header(CSVRecord header, List<Problem> problems) {
        var columns = new LinkedHashMap<Column, Integer>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            for (Column column : Column.values()) {
                if (column.names.contains(name) && !columns.containsKey(column)) {
                    columns.put(column, i);
                }
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                problems.add(new Problem(1, "import.problem.missing-column", column.names.getFirst()));
            }
        }
        return columns;
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
