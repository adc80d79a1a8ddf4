package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.base.upload.UploadLimit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The limits the server holds an employee file to, and the guards against applying the wrong file. */
@IntegrationTest
class EmployeeImportLimitsIT {

    static final String HEADER = EmployeeImportsIT.HEADER;

    @Autowired
    EmployeeImports imports;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    UploadLimit uploadLimit;
    @Autowired
    JdbcClient jdbc;

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    long everyone() {
        return directory.count(new EmployeeFilter(null, null, null));
    }

    long active() {
        return directory.count(EmployeeFilter.activeOnly());
    }

    long storedPieces(long importId) {
        return jdbc.sql("select count(*) from employee_import_chunk where import_id = ?").param(importId).query(Long.class).single();
    }

    @Test
    @WithUserDetails("hr")
    void a_file_larger_than_the_upload_limit_is_refused_as_it_streams_and_nothing_is_kept() {
        long before = everyone();
        long limit = uploadLimit.maxBytes();
        // a valid start, then rows without end: generated as read, never whole in memory
        byte[] start = csv(HEADER);
        byte[] row = csv("X0,Ann,Ash,ann@example.com,Claims,,London,2020-01-01,yes\n");
        InputStream endless = new InputStream() {
            long position;

            @Override
            public int read() {
                int b = position < start.length ? start[(int) position] : row[(int) ((position - start.length) % row.length)];
                position++;
                return position > limit + 10 ? -1 : b;
            }
        };

        var preview = imports.preview("huge.csv", endless, false);

        assertThat(preview.canApply()).isFalse();
        assertThat(preview.plan().problems()).containsExactly("The file is too large: at most 50 MB. Nothing was read or changed.");
        assertThat(storedPieces(preview.importId())).isZero();
        assertThat(everyone()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("hr")
    void a_valid_million_row_file_gets_a_clear_refusal_in_the_preview_not_silence() {
        long before = everyone();
        // 1,000,000 valid rows, about 30 MB (within the upload limit), made as they are read
        InputStream million = new InputStream() {
            int row = -1;
            byte[] current = csv("Employee number,First name,Last name,E-mail,Department\n");
            int position;

            @Override
            public int read() {
                if (position == current.length) {
                    if (row + 1 == 1_000_000) {
                        return -1; // and again on every later call: the end stays the end
                    }
                    row++;
                    current = csv("M" + row + ",A,B,m" + row + "@x.io,C\n");
                    position = 0;
                }
                return current[position++] & 0xFF;
            }
        };

        var preview = imports.preview("million.csv", million, false);

        assertThat(preview.canApply()).isFalse();
        assertThat(preview.plan().problems())
                .containsExactly("The file has more than 200,000 rows, the most one import takes. Nothing was changed.");
        assertThat(storedPieces(preview.importId())).isZero();
        assertThat(everyone()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("hr")
    void a_five_thousand_character_name_is_refused_with_its_line_and_field_and_nothing_is_written() {
        long before = everyone();
        String a = EmployeeImportsIT.unique();
        var preview = imports.preview("long-name.csv", csv(HEADER
                + a + "1,Ada,Ash,ada." + a + "@harbourline.example,Finance,,London,2020-01-01,yes\n"
                + a + "2," + "N".repeat(5000) + ",Birch,ben." + a + "@harbourline.example,Finance,,London,2020-01-01,yes\n"
                + a + "3,Cy,Cole,cy." + a + "@harbourline.example," + "D".repeat(121) + ",,London,2020-01-01,yes\n"), false);

        assertThat(preview.canApply()).isFalse();
        assertThat(preview.plan().problems()).containsExactly(
                "Line 3, column B (First name): the first name is too long: at most 100 characters, and this has 5,000",
                "Line 4, column E (Department): the department is too long: at most 120 characters, and this has 121");
        assertThatThrownBy(() -> imports.apply(preview.importId())).isInstanceOf(ImportRefused.class);
        assertThat(everyone()).isEqualTo(before);
        assertThat(directory.count(new EmployeeFilter(a, null, null))).isZero();
        assertThat(storedPieces(preview.importId())).isZero();
    }

    @Test
    @WithUserDetails("hr")
    void line_numbers_stay_right_after_a_quoted_field_with_line_breaks() {
        String a = EmployeeImportsIT.unique();
        var preview = imports.preview("addresses.csv", csv(HEADER
                + a + "1,Ada,Ash,ada." + a + "@harbourline.example,Finance,,\"Harbour House\nFloor 2\nDesk 7\",2020-01-01,yes\n"
                + a + "2,Bo,,bo." + a + "@harbourline.example,Finance,,London,2020-01-01,yes\n"), false);

        assertThat(preview.plan().problems()).containsExactly("Line 5, column C (Last name): the last name is missing");
    }

    @Test
    @WithUserDetails("hr")
    void a_complete_list_with_a_header_and_no_rows_can_never_deactivate_anyone() {
        long active = active();
        var preview = imports.preview("header-only.csv", csv(HEADER), true);

        assertThat(preview.canApply()).isFalse();
        assertThat(preview.plan().deactivated()).isZero();
        assertThat(preview.plan().problems())
                .containsExactly("The file has a header but no rows: there is nothing to import, and nobody is deactivated.");
        assertThatThrownBy(() -> imports.apply(preview.importId())).isInstanceOf(ImportRefused.class);
        assertThat(active()).isEqualTo(active);
    }

    @Test
    @WithUserDetails("hr")
    void columns_the_import_does_not_know_are_warnings_in_the_preview_and_the_file_still_applies() {
        String a = EmployeeImportsIT.unique();
        var preview = imports.preview("extra.csv", csv(HEADER.replace("Active\n", "Active,Shoe size,Nickname\n")
                + a + "1,Ada,Ash,ada." + a + "@harbourline.example,Finance,,London,2020-01-01,yes,38,Addy\n"), false);

        assertThat(preview.canApply()).isTrue();
        assertThat(preview.plan().warnings()).containsExactly(
                "Line 1: the column 'Shoe size' is not one the import knows, so its values are ignored (see the list of column names on this page)",
                "Line 1: the column 'Nickname' is not one the import knows, so its values are ignored (see the list of column names on this page)");
        assertThat(imports.apply(preview.importId()).added()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("hr")
    void deactivating_more_than_a_tenth_of_the_active_people_needs_the_number_typed() {
        String a = EmployeeImportsIT.unique();
        // enough new people that deactivating them all is more than 10 % of everyone active then
        int count = (int) (active() / 9) + 5;
        var joiners = new StringBuilder(HEADER);
        var leavers = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            String row = a + i + ",Temp,Person" + i + ",temp" + i + "." + a + "@harbourline.example,Finance,,London,2020-01-01,";
            joiners.append(row).append("yes\n");
            leavers.append(row).append("no\n");
        }
        imports.apply(imports.preview("joiners.csv", csv(joiners.toString()), false).importId());
        long activeBefore = active();

        var preview = imports.preview("leavers.csv", csv(leavers.toString()), false);

        assertThat(preview.canApply()).isTrue();
        assertThat(preview.plan().deactivated()).isEqualTo(count);
        assertThat(preview.plan().needsConfirmation()).isTrue();
        assertThat(preview.plan().confirmDeactivations()).isEqualTo(count);
        assertThat(preview.plan().activeBefore()).isEqualTo((int) activeBefore);
        assertThatThrownBy(() -> imports.apply(preview.importId())).isInstanceOf(ImportRefused.class)
                .hasMessage("This file would deactivate " + count + " of the " + activeBefore
                        + " active people: type that number to confirm before applying it.");
        assertThatThrownBy(() -> imports.startApply(preview.importId(), count - 1)).isInstanceOf(ImportRefused.class);
        assertThatThrownBy(() -> imports.apply(preview.importId(), count + 1)).isInstanceOf(ImportRefused.class);
        assertThat(active()).isEqualTo(activeBefore);

        assertThat(imports.apply(preview.importId(), count).deactivated()).isEqualTo(count);
        assertThat(active()).isEqualTo(activeBefore - count);
    }

    @Test
    @WithUserDetails("hr")
    void a_file_larger_than_one_stored_piece_is_kept_in_pieces_and_applied_from_them() {
        String a = EmployeeImportsIT.unique();
        String notes = "n".repeat(700_000);
        var text = new StringBuilder(HEADER.replace("Active\n", "Active,Notes\n"));
        for (int i = 0; i < 3; i++) {
            text.append(a).append(i).append(",Pia,Piece").append(i).append(",pia").append(i).append('.').append(a)
                    .append("@harbourline.example,Finance,,London,2020-01-01,yes,").append(notes).append('\n');
        }
        var preview = imports.preview("pieces.csv", csv(text.toString()), false);

        assertThat(preview.canApply()).isTrue();
        assertThat(storedPieces(preview.importId())).isEqualTo(3);
        assertThat(imports.apply(preview.importId()).added()).isEqualTo(3);
        assertThat(storedPieces(preview.importId())).as("an applied file is not kept").isZero();
        assertThat(directory.count(new EmployeeFilter(a, null, true))).isEqualTo(3);
    }
}
