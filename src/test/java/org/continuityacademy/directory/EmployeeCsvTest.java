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
