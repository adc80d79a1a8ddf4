package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The HR file's problems name their line and a text from the directory bundle, with what HR wrote in it. */
class EmployeeCsvTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 28);

    @Test
    void every_row_problem_has_its_line_and_its_text_in_the_bundle() throws IOException {
        var result = EmployeeCsv.read(("""
                Employee number,First name,Last name,E-mail,Department,Manager number,Hire date,Active,Leaving date
                A1,,Lee,lee@example.com,Claims,,2020-01-01,yes,
                A2,Bo,Bell,not-an-email,Claims,,31/01/2020,maybe,2021-13-01
                A2,Cy,Cole,cy@example.com,Claims,A2,,,
                """).getBytes(StandardCharsets.UTF_8), TODAY);

        assertThat(result.problems()).extracting(p -> p.line() + " " + text(p)).containsExactly(
                "2 the first name is missing",
                "3 'not-an-email' is not an e-mail address",
                "3 the hire date '31/01/2020' is not a date like 2024-03-31",
                "3 the leaving date '2021-13-01' is not a date like 2024-03-31",
                "3 active must be yes or no, not 'maybe'",
                "4 employee number A2 is already used on line 3",
                "4 an employee cannot be their own manager");
    }

    @Test
    void problems_with_the_whole_file_have_no_row() throws IOException {
        assertThat(EmployeeCsv.read(new byte[] {(byte) 0xC3, 0x28}, TODAY).problems()).singleElement()
                .satisfies(p -> assertThat(p.line()).isZero())
                .satisfies(p -> assertThat(text(p)).startsWith("The file is not UTF-8 text."));
        assertThat(EmployeeCsv.read("First name,Last name\n".getBytes(StandardCharsets.UTF_8), TODAY).problems())
                .extracting(EmployeeCsvTest::text).contains("the header has no column for employeenumber (see the list of column names on this page)");
    }

    @Test
    void someone_whose_leaving_date_has_come_is_not_active() {
        var rows = EmployeeCsv.read(("""
                Employee number,First name,Last name,E-mail,Department,Leaving date
                L1,Ann,Ash,ann@example.com,Claims,2027-02-28
                L2,Ben,Birch,ben@example.com,Claims,2027-03-01
                """).getBytes(StandardCharsets.UTF_8), TODAY).rows();

        assertThat(rows).extracting(EmployeeCsv.Row::active).containsExactly(false, true);
    }

    @Test
    void a_row_after_a_quoted_field_with_line_breaks_has_the_line_it_starts_on() {
        var result = EmployeeCsv.read(("""
                Employee number,First name,Last name,E-mail,Department,Location
                Q1,Ann,Ash,ann@example.com,Claims,"Harbour House
                Floor 2
                Desk 7"

                Q2,,Birch,ben@example.com,Claims,London
                Q3,Cy,Cole,not-an-email,Claims,"one
                two"
                Q4,Di,,di@example.com,Claims,London
                """).getBytes(StandardCharsets.UTF_8), TODAY);

        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.location()).isEqualTo("Harbour House\nFloor 2\nDesk 7");
        });
        assertThat(result.problems()).extracting(p -> p.line() + " " + text(p)).containsExactly(
                "6 the first name is missing",
                "7 'not-an-email' is not an e-mail address",
                "9 the last name is missing");
    }

    @Test
    void a_value_longer_than_its_column_is_a_problem_naming_the_field_and_the_line() {
        var limits = new EmployeeCsv.Limits(java.util.Map.of(EmployeeCsv.Column.FIRST_NAME, 100, EmployeeCsv.Column.LOCATION, 120), 10);
        String longName = "N".repeat(5000);
        var result = EmployeeCsv.read(new java.io.ByteArrayInputStream(("Employee number,First name,Last name,E-mail,Department,Location\n"
                + "L1,Ann,Ash,ann@example.com,Claims,London\n"
                + "L2," + longName + ",Birch,ben@example.com,Claims,London\n").getBytes(StandardCharsets.UTF_8)), TODAY, limits);

        assertThat(result.rows()).extracting(EmployeeCsv.Row::number).containsExactly("L1");
        assertThat(result.problems()).extracting(p -> p.line() + " " + text(p))
                .containsExactly("3 the first name is too long: at most 100 characters, and this has 5,000");
    }

    @Test
    void a_header_without_rows_is_refused_and_unknown_columns_are_warnings() {
        var headerOnly = EmployeeCsv.read("\uFEFFEmployee number,First name,Last name,E-mail,Department\n".getBytes(StandardCharsets.UTF_8), TODAY);
        assertThat(headerOnly.problems()).extracting(EmployeeCsvTest::text)
                .containsExactly("The file has a header but no rows: there is nothing to import, and nobody is deactivated.");

        var extra = EmployeeCsv.read("Employee number;First name;Last name;E-mail;Department;Nickname;Mail\nU1;Ann;Ash;ann@example.com;Claims;Annie;a@example.com\n"
                .getBytes(StandardCharsets.UTF_8), TODAY);
        assertThat(extra.problems()).isEmpty();
        assertThat(extra.rows()).extracting(EmployeeCsv.Row::email).containsExactly("ann@example.com");
        assertThat(extra.warnings()).extracting(p -> p.line() + " " + text(p)).containsExactly(
                "1 the column 'Nickname' is not one the import knows, so its values are ignored (see the list of column names on this page)",
                "1 the column 'Mail' says again what column 4 says, so its values are ignored");
    }

    @Test
    void a_file_with_more_rows_than_the_limit_is_refused_as_a_whole() {
        var limits = new EmployeeCsv.Limits(java.util.Map.of(), 2);
        var result = EmployeeCsv.read(new java.io.ByteArrayInputStream(("Employee number,First name,Last name,E-mail,Department\n"
                + "M1,A,A,a@example.com,C\nM2,B,B,b@example.com,C\nM3,C,C,c@example.com,C\n").getBytes(StandardCharsets.UTF_8)), TODAY, limits);

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).extracting(EmployeeCsvTest::text)
                .containsExactly("The file has more than 2 rows, the most one import takes. Nothing was changed.");
    }

    @Test
    void invalid_utf8_after_the_first_rows_is_still_reported_as_not_utf8() {
        byte[] start = "Employee number,First name,Last name,E-mail,Department\nR1,Ann,Ash,ann@example.com,Claims\nR2,".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(start, start.length + 2);
        bytes[start.length] = (byte) 0xC3;
        bytes[start.length + 1] = 0x28;
        assertThat(EmployeeCsv.read(bytes, TODAY).problems()).singleElement()
                .satisfies(p -> assertThat(text(p)).startsWith("The file is not UTF-8 text."));
    }

    @Test
    void each_problem_of_a_row_names_the_column_it_is_in_with_its_letter_and_header() {
        var result = EmployeeCsv.read(("""
                Employee number;First name;Surname;Mail;Department;Manager number;Hire date;Status
                C1;Ann;;ann@example.com;Claims;C1;2020-01-01;maybe
                """).getBytes(StandardCharsets.UTF_8), TODAY);

        assertThat(result.problems()).extracting(EmployeeCsvTest::where).containsExactly(
                "2 C (Surname): the last name is missing",
                "2 H (Status): active must be yes or no, not 'maybe'",
                "2 F (Manager number): an employee cannot be their own manager");
        assertThat(EmployeeCsv.Place.of(26, "x").letter()).isEqualTo("AA");
        assertThat(EmployeeCsv.Place.of(27, "x").letter()).isEqualTo("AB");
    }

    @Test
    void a_value_missing_with_its_separator_is_one_problem_where_it_is_not_one_for_each_column_after_it() {
        var result = EmployeeCsv.read(("""
                Employee number,First name,Last name,E-mail,Department,Manager number,Location,Hire date,Active
                S1,Ann,Ash,Claims,,London,2020-01-01,yes
                S2,Ben,"Birch, Jr",ben@example.com,Claims,,London,2020-01-01,yes
                S3,Cy,Cole,cy@example.com,Claims,,Leeds,2021-02-03,yes
                S4,Di,Dee,not-an-email,Claims
                """).getBytes(StandardCharsets.UTF_8), TODAY);

        assertThat(result.rows()).extracting(EmployeeCsv.Row::number).containsExactly("S2", "S3");
        assertThat(result.problems()).extracting(EmployeeCsvTest::where).containsExactly(
                "2 D (E-mail): the value for this column seems to be missing, separators and all, so the values after it are under"
                        + " the wrong headers (the row has 8 values for 9 columns)",
                // a row that only leaves off its last columns has its own problem
                "5 D (E-mail): 'not-an-email' is not an e-mail address");
        assertThat(result.refusedNumbers()).containsExactlyInAnyOrder("S1", "S4");

        var split = EmployeeCsv.read(("""
                Employee number,First name,Last name,E-mail,Department,Hire date,Active
                T1,Ben,Birch, Jr,ben@example.com,Claims,2020-01-01,yes
                """).getBytes(StandardCharsets.UTF_8), TODAY);
        // only the address tells where the values slid from: the split value is one of the first three
        assertThat(split.problems()).extracting(EmployeeCsvTest::where).containsExactly(
                "2 a value from column A to column C seems to hold the separator, so the values after it are under the wrong"
                        + " headers (the row has 8 values for 7 columns): put that value in quotes");
        var date = EmployeeCsv.read(("""
                Employee number,First name,Last name,E-mail,Hire date,Department,Active
                U1,Ann,Ash,ann@example.com,2020-01-01,Claims, Leeds,yes
                U2,Ben,Birch,ben@example.com,Claims,yes
                """).getBytes(StandardCharsets.UTF_8), TODAY);
        assertThat(date.problems()).extracting(EmployeeCsvTest::where).containsExactly(
                "2 F (Department): this value seems to hold the separator, so the values after it are under the wrong headers"
                        + " (the row has 8 values for 7 columns): put the value in quotes",
                "3 E (Hire date): the value for this column seems to be missing, separators and all, so the values after it are"
                        + " under the wrong headers (the row has 6 values for 7 columns)");
    }

    @Test
    void rows_of_separators_only_are_empty_lines_so_a_header_with_them_has_no_rows() {
        var result = EmployeeCsv.read("Employee number,First name,Last name,E-mail,Department\n,,,,\n   \n,,,,\n"
                .getBytes(StandardCharsets.UTF_8), TODAY);

        assertThat(result.problems()).extracting(EmployeeCsvTest::where)
                .containsExactly("0 The file has a header but no rows: there is nothing to import, and nobody is deactivated.");
    }

    /** The problem's line, column and English text. */
    private static String where(EmployeeCsv.Problem problem) {
        return problem.line() + (problem.column() == null ? "" : " " + problem.column().letter() + " (" + problem.column().header() + "):")
                + " " + text(problem);
    }

    /** The problem's English text, as {@code Messages} renders it: the key must be in the directory bundle. */
    private static String text(EmployeeCsv.Problem problem) {
        String pattern = bundle().getProperty(problem.key());
        assertThat(pattern).as("the directory bundle's text for %s", problem.key()).isNotNull();
        return new MessageFormat(pattern, Locale.forLanguageTag("en-GB")).format(problem.args().toArray());
    }

    private static Properties bundle() {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/directory.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
