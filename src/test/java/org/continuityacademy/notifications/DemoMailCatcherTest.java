package org.continuityacademy.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The demo run's mail catcher receives what the app sends, and "Sent mail" reads its plain text back. */
class DemoMailCatcherTest {

    @Test
    void an_e_mail_sent_in_the_demo_run_is_caught_and_listed_with_its_text() throws Exception {
        var config = new DemoMailCatcher();
        var server = config.demoMailServer(new StaticListableBeanFactory().getBeanProvider(org.continuityacademy.base.db.EmbeddedMariaDb.class));
        try {
            var sender = (org.springframework.mail.javamail.JavaMailSenderImpl) config.demoMailSender(server);
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
            helper.setFrom("academy@example.org");
            helper.setTo("lena.novak@example.org");
            helper.setSubject("Due today: The continuity plan");
            // multipart/alternative, as MailTemplate makes them: the same message as text and as HTML
            helper.setText("Hello Lena,\n\nThe module is due today.\n\nOpen it in Continuity Academy: http://localhost:8080/learn/x\n",
                    "<html><body><p>Hello Lena,</p><p>The module is due today.</p><p><a href=\"http://localhost:8080/learn/x\">Open</a></p>"
                            + "</body></html>");
            sender.send(message);

            var listed = config.sentMail(server).latest(10);

            assertThat(listed).singleElement().satisfies(m -> {
                assertThat(m.to()).isEqualTo("lena.novak@example.org");
                assertThat(m.subject()).isEqualTo("Due today: The continuity plan");
                assertThat(m.text()).contains("The module is due today.", "http://localhost:8080/learn/x").doesNotContain("<html");
            });
        } finally {
            server.stop();
        }
    }
}
