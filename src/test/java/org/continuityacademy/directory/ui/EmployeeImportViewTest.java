package org.continuityacademy.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.continuityacademy.directory.EmployeeImports;
import org.continuityacademy.directory.ImportProgress;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class EmployeeImportViewTest extends SpringBrowserlessTest {

    @Autowired
    EmployeeDirectory directory;
    @Autowired
    EmployeeImports imports;

    static final String HEADER = "employee_number;first_name;last_name;email;department\n";

    @Test
    @WithUserDetails("hr")
    void hr_sees_the_problems_of_a_bad_file_and_applies_a_good_one_in_the_background() {
        var view = navigate(EmployeeImportView.class);
        String n = "V" + (System.nanoTime() % 100_000_000);

        view.showPreview("bad.csv", (HEADER + n + ";Vi;;vi@harbourline.example;Claims\n").getBytes(StandardCharsets.UTF_8));
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains("Line 2, column C (last_name): the last name is missing");
        assertThat(view.apply.isVisible()).isFalse();

        view.showPreview("good.csv", (HEADER + n + ";Vi;Vale;vi." + n + "@harbourline.example;Claims\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.apply.isVisible()).isTrue();
        test(view.apply).click();
        assertThat(view.apply.isVisible()).isFalse();
        assertThat(view.progressBox.isVisible()).isTrue();

        // the view follows the background work on each poll until it is done
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            view.follow(view.currentImportId());
            return !view.progressBox.isVisible();
        });
        assertThat(test($(Notification.class).last()).getText()).startsWith("Applied: 1 new");
    }

    @Test
    @WithUserDetails("hr")
    void a_file_with_a_header_and_no_rows_is_refused_in_so_many_words_not_shown_as_a_plan_of_0_rows() {
        var view = navigate(EmployeeImportView.class);

        view.showPreview("header-only.csv", HEADER.getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).withAttribute("data-import", "summary").single().getText())
                .isEqualTo("header-only.csv was refused, and nothing was changed: correct the problems below and upload the file again.")
                .doesNotContain("0 rows");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactly("The file has a header but no rows: there is nothing to import, and nobody is deactivated.");
        assertThat(view.apply.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("hr")
    void the_bar_counts_prepared_rows_then_says_the_changes_are_being_saved_instead_of_standing_full() {
        var view = navigate(EmployeeImportView.class);

        view.show(new ImportProgress(7, 500, 2000, "RUNNING", null, null));
        assertThat(view.progressBar.isIndeterminate()).isFalse();
        assertThat(view.progressBar.getValue()).isEqualTo(0.25);
        // counts are numbers in the person's locale (en-GB groups thousands)
        assertThat(view.progressText.getText()).isEqualTo("500 of 2,000 rows prepared");

        view.show(new ImportProgress(7, 2000, 2000, "RUNNING", null, null));
        assertThat(view.progressBar.isIndeterminate()).isTrue();
        assertThat(view.progressText.getText()).isEqualTo("All 2,000 rows prepared; saving the changes to the directory…");
    }

    @Test
    @WithUserDetails("hr")
    void a_file_deactivating_many_people_is_applied_only_once_hr_types_the_number_and_unknown_columns_are_warned_about() {
        var view = navigate(EmployeeImportView.class);
        String n = "W" + (System.nanoTime() % 100_000_000);
        int active = (int) directory.count(EmployeeFilter.activeOnly());
        int count = active / 9 + 5;
        var joiners = new StringBuilder(HEADER);
        var leavers = new StringBuilder(HEADER.replace("\n", ";active;nickname\n"));
        for (int i = 0; i < count; i++) {
            String row = n + i + ";Wyn;Wren" + i + ";wyn" + i + "." + n + "@harbourline.example;Claims";
            joiners.append(row).append('\n');
            leavers.append(row).append(";no;W\n");
        }
        view.showPreview("joiners.csv", joiners.toString().getBytes(StandardCharsets.UTF_8));
        imports.apply(view.currentImportId());

        view.showPreview("leavers.csv", leavers.toString().getBytes(StandardCharsets.UTF_8));

        assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains("Line 1: the column 'nickname' is not one the import knows,"
                + " so its values are ignored (see the list of column names on this page)");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("This file would deactivate " + count
                + " of the " + (active + count) + " active people. If that is right, type " + count + " to confirm.");
        assertThat(view.confirmation.isVisible()).isTrue();
        assertThat(view.apply.isVisible()).isTrue();
        assertThat(view.apply.isEnabled()).isFalse();

        test(view.confirmation).setValue(count - 1);
        assertThat(view.apply.isEnabled()).isFalse();
        test(view.confirmation).setValue(count);
        assertThat(view.apply.isEnabled()).isTrue();
        test(view.apply).click();

        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            view.follow(view.currentImportId());
            return !view.progressBox.isVisible();
        });
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Applied: 0 new, " + count + " changed, " + count + " deactivated.");
        assertThat(directory.count(new EmployeeFilter(n, null, true))).isZero();
    }
}
