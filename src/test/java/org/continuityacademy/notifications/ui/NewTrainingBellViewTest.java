package org.continuityacademy.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.training.TrainingRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Training newly assigned to the demo learner Lena Novak shows in her bell once the announcement job has run. */
@IntegrationTest
class NewTrainingBellViewTest extends SpringBrowserlessTest {

    static final JobKey ANNOUNCEMENTS = JobKey.jobKey("assignment-announcements", "training");
    static final String MODULE = "reflect-and-refine";

    @Autowired
    TrainingRecords training;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    long lena;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from notification where recipient_id = ?").param(lena).update();
        waiveOpen();
    }

    @Test
    @WithUserDetails("learner")
    void new_training_shows_in_the_bell_and_opens_the_first_page() throws Exception {
        lena = currentUser.require().employeeId();
        waiveOpen();
        // what was pending for Lena already (the demo's training) is announced first, so that only the new module is counted
        runTheJobAndAwait(() -> pending() == 0);
        jdbc.sql("delete from notification where recipient_id = ?").param(lena).update();

        SignedIn.as(users, "hr", () -> training.assignByHand(List.of(lena), MODULE, LocalDate.now(clock).plusDays(20), "after the exercise"));
        runTheJobAndAwait(() -> pending() == 0 && count() == 1);

        UI.getCurrent().navigate("notifications");
        NotificationBell bell = $(NotificationBell.class).single();
        assertThat(bell.button.getText()).isEqualTo("1");
        bell.refresh();
        assertThat($(Span.class, bell.list).all()).extracting(Span::getText)
                .contains("New continuity training for you: Reflect and refine")
                .anySatisfy(text -> assertThat(text).startsWith("Hello Lena Novak,"));
        test($(Button.class, bell.list).withText("Open").single()).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as("My continuity").isEmpty();
        assertThat(bell.button.getText()).isEmpty();
    }

    private void runTheJobAndAwait(java.util.concurrent.Callable<Boolean> done) throws Exception {
        scheduler.triggerJob(ANNOUNCEMENTS);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(done);
    }

    private int pending() {
        return jdbc.sql("select count(*) from training_assignment where employee_id = ? and announcement = 'PENDING'").param(lena)
                .query(Integer.class).single();
    }

    private int count() {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and kind = 'ASSIGNED'").param(lena)
                .query(Integer.class).single();
    }

    private void waiveOpen() {
        jdbc.sql("select id from training_assignment where employee_id = ? and module_id = ? and status = 'OPEN'").params(lena, MODULE)
                .query(Long.class).list()
                .forEach(id -> SignedIn.as(users, "hr", () -> {
                    training.waive(id, "test over");
                    return null;
                }));
    }
}
