package org.continuityacademy.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.continuityacademy.base.db.EmbeddedDatabaseCondition;
import org.continuityacademy.base.db.EmbeddedMariaDb;
import org.continuityacademy.security.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The demo run has no mail server: with the {@code demo} profile on the embedded database, e-mails go to a
 * mail catcher inside the app (GreenMail on a free loopback port), and the administrator's "Sent mail"
 * view shows them, so the whole flow can be seen end to end.
 * <p>
 * Never on a database server: a stray {@code demo} profile in production must not swallow the organisation's e-mail.
 * Three locks: the configuration is only read with the {@code demo} profile and when the app runs its embedded database
 * (no {@code DB_URL}, the server binaries on the class path); the catcher refuses to start unless the embedded
 * database is really there; and GreenMail is a demo-only dependency (optional in the pom, so the production jar
 * does not carry it), without which nothing here is loaded.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@Conditional(EmbeddedDatabaseCondition.class)
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
public class DemoMailCatcher {

    private static final Logger log = LoggerFactory.getLogger(DemoMailCatcher.class);

    @Bean(destroyMethod = "stop")
    GreenMail demoMailServer(ObjectProvider<EmbeddedMariaDb> embedded) {
        requireEmbeddedDatabase(embedded);
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        log.info("Demo mail catcher on 127.0.0.1:{}: e-mails stay inside the app; the admin sees them under Sent mail", port);
        return server;
    }

    /** The last lock: a catcher made by hand (or by a changed condition) still refuses a database server. */
    static void requireEmbeddedDatabase(ObjectProvider<EmbeddedMariaDb> embedded) {
        if (embedded.getIfAvailable() == null) {
            throw new IllegalStateException("The demo mail catcher runs only with the demo profile on the embedded database; "
                    + "this app uses a database server (DB_URL), so its e-mail goes to SMTP_HOST");
        }
    }

    @Bean
    @Primary
    JavaMailSender demoMailSender(GreenMail demoMailServer) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(demoMailServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        var properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    @Bean
    SentMail sentMail(GreenMail demoMailServer) {
        return new SentMail(demoMailServer);
    }

    /** The "Sent mail" view exists only in the demo run. */
    @Bean
    com.vaadin.flow.server.VaadinServiceInitListener sentMailRoute() {
        return event -> {
            var routes = com.vaadin.flow.router.RouteConfiguration.forApplicationScope();
            if (!routes.isPathAvailable("admin/sent-mail")) {
                routes.setRoute("admin/sent-mail", org.continuityacademy.notifications.ui.SentMailView.class,
                        org.continuityacademy.base.ui.MainLayout.class);
            }
        };
    }

    /** The text/plain part of a message (our e-mails are multipart: text and HTML). */
    static String plainText(Object content) throws jakarta.mail.MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return String.valueOf(part.getContent());
                }
                if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                    String text = plainText(nested);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
        }
        return "";
    }

    /** The e-mails the demo run has sent, newest first: for the administrator. */
    public static class SentMail {

        private final GreenMail server;

        SentMail(GreenMail server) {
            this.server = server;
        }

        /** One e-mail as the "Sent mail" view shows it. */
        public record Mail(Instant sentAt, String to, String subject, String text) {
        }

        @PreAuthorize(Access.ADMIN)
        public List<Mail> latest(int limit) {
            return Arrays.stream(server.getReceivedMessages()).map(SentMail::mail)
                    .sorted(Comparator.comparing(Mail::sentAt).reversed()).limit(limit).toList();
        }

        private static Mail mail(MimeMessage message) {
            try {
                String to = Arrays.stream(message.getAllRecipients()).map(Object::toString).reduce((a, b) -> a + ", " + b).orElse("");
                Instant at = message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
                return new Mail(at, to, message.getSubject(), plainText(message.getContent()));
            } catch (jakarta.mail.MessagingException | IOException e) {
                return new Mail(Instant.EPOCH, "?", "(unreadable message)", e.getMessage());
            }
        }
    }
}
