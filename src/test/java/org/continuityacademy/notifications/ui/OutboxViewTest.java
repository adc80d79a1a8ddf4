package org.continuityacademy.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.base.ui.NotFoundView;
import org.continuityacademy.notifications.NotificationBench;
import org.continuityacademy.notifications.NotificationKind;
import org.continuityacademy.notifications.Notifications;
import org.continuityacademy.security.AppUserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrator's e-mail outbox: the backlog and the latest error while the mail server is away. */
@IntegrationTest
class OutboxViewTest extends SpringBrowserlessTest {

    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GreenMail greenMail;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;

    long lena;

    @AfterEach
    void cleanUp() {
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
        jdbc.sql("delete from notification where recipient_id = ?").param(lena).update();
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_sees_how_many_e_mails_wait_and_the_latest_error() {
        lena = ((AppUserPrincipal) users.loadUserByUsername("learner")).employeeId();
        String email = jdbc.sql("select email from employee where id = ?").param(lena).query(String.class).single();
        greenMail.stop();
        transaction.executeWithoutResult(s -> notifications.notify(lena, email, NotificationKind.REMINDER,
                "outbox-view-" + System.nanoTime(), "Outbox view", "Please read the module.", null));
        NotificationBench.dispatchNow(context);

        var view = navigate(OutboxView.class);

        int waiting = Integer.parseInt(figure(view, "outbox-waiting").replaceAll("[^0-9]", ""));
        assertThat(waiting).isPositive();
        assertThat(Integer.parseInt(figure(view, "outbox-retried").replaceAll("[^0-9]", ""))).isPositive();
        assertThat(figure(view, "outbox-oldest")).isNotEqualTo("—");
        assertThat($(Pre.class).id("outbox-last-error").getText()).isNotBlank();
    }

    @Test
    @WithUserDetails("hr")
    void no_one_else_opens_the_outbox() {
        UI.getCurrent().navigate("admin/outbox");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private String figure(OutboxView view, String id) {
        Div tile = $(Div.class).id(id);
        return ((Span) tile.getChildren().findFirst().orElseThrow()).getText();
    }
}
