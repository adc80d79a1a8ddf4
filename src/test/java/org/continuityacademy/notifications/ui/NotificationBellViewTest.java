package org.continuityacademy.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.notifications.NotificationKind;
import org.continuityacademy.notifications.Notifications;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The bell in the top bar, as the demo learner Lena Novak. */
@IntegrationTest
class NotificationBellViewTest extends SpringBrowserlessTest {

    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CurrentUser currentUser;

    long lena;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from notification where recipient_id = ?").param(lena).update();
    }

    @Test
    @WithUserDetails("learner")
    void the_bell_shows_the_unread_count_and_opening_a_notification_follows_its_link_and_marks_it_read() {
        AppUserPrincipal me = currentUser.require();
        lena = me.employeeId();
        jdbc.sql("delete from notification where recipient_id = ?").param(lena).update();
        String email = jdbc.sql("select email from employee where id = ?").param(lena).query(String.class).single();
        String run = "bell-" + System.nanoTime();
        transaction.executeWithoutResult(status -> {
            notifications.notify(lena, email, NotificationKind.ASSIGNED, run + ":module", "Module assigned",
                    "Please read ITSCM for everyone.", "notifications");
            notifications.notify(lena, email, NotificationKind.ASSIGNED, run + ":role", "Role given", "You are a deputy.", null);
        });

        UI.getCurrent().navigate(""); // home
        NotificationBell bell = $(NotificationBell.class).single();
        assertThat(bell.button.getText()).isEqualTo("2");
        assertThat(bell.button.getAriaLabel()).hasValue("Notifications, 2 unread");

        bell.refresh(); // what opening the popover does
        assertThat($(Span.class, bell.list).all()).extracting(Span::getText).contains("Module assigned", "Role given");
        test($(Button.class, bell.list).withText("Open").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NotificationsView.class);
        assertThat(bell.button.getAriaLabel()).hasValue("Notifications, 1 unread");
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }
}
