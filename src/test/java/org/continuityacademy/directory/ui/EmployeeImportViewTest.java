package org.continuityacademy.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.directory.ImportProgress;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class EmployeeImportViewTest extends SpringBrowserlessTest {

    static final String HEADER = "employee_number;first_name;last_name;email;department\n";

    @Test
    @WithUserDetails("hr")
    void hr_sees_the_problems_of_a_bad_file_and_applies_a_good_one_in_the_background() {
        var view = navigate(EmployeeImportView.class);
        String n = "V" + (System.nanoTime() % 100_000_000);

        view.showPreview("bad.csv", (HEADER + n + ";Vi;;vi@harbourline.example;Claims\n").getBytes(StandardCharsets.UTF_8));
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains("Line 2: the last name is missing");
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
}
