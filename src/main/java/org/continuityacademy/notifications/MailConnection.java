package org.continuityacademy.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One connection to the mail server for a batch of e-mails, handing them over one at a time, so that the dispatcher
 * can record each e-mail's outcome before it hands over the next (Spring's {@code send(MimeMessage...)} sends a whole
 * array and reports at the end). Opened the way Spring's {@link JavaMailSenderImpl} opens its own (its session, host,
 * port and credentials). Any other
 * {@link JavaMailSender} sends each e-mail on its own.
 */
abstract class MailConnection implements AutoCloseable {

    /** Connects now when the sender is Spring's own; throws when the server cannot be reached. */
    static MailConnection open(JavaMailSender sender, Clock clock) throws MessagingException {
        if (sender instanceof JavaMailSenderImpl spring) {
            var connection = new Smtp(spring, clock);
            connection.connect();
            return connection;
        }
        return new OneByOne(sender);
    }

    /** Hands one e-mail to the server; when it returns, the server has taken it. */
    abstract void send(MimeMessage message) throws MessagingException;

    /** Whether the next e-mail may be tried on this connection after a failure (asks the server: a round trip). */
    abstract boolean usable();

    @Override
    public abstract void close();

    private static final class Smtp extends MailConnection {

        private final JavaMailSenderImpl sender;
        private final Clock clock;
        private @Nullable Transport transport;

        Smtp(JavaMailSenderImpl sender, Clock clock) {
            this.sender = sender;
            this.clock = clock;
        }

        void connect() throws MessagingException {
            // as JavaMailSenderImpl.connectTransport: an empty user name means no sign-in
            String username = sender.getUsername();
            String password = sender.getPassword();
            if ("".equals(username)) {
                username = null;
                if ("".equals(password)) {
                    password = null;
                }
            }
            Transport opened = sender.getProtocol() == null ? sender.getSession().getTransport()
                    : sender.getSession().getTransport(sender.getProtocol());
            opened.connect(sender.getHost(), sender.getPort(), username, password);
            transport = opened;
        }

        @Override
        void send(MimeMessage message) throws MessagingException {
            if (transport == null) {
                connect();
            }
            // as JavaMailSenderImpl.doSend: saving the changes makes a new Message-ID, so ours is put back
            if (message.getSentDate() == null) {
                message.setSentDate(Date.from(clock.instant()));
            }
            String messageId = message.getMessageID();
            message.saveChanges();
            if (messageId != null) {
                message.setHeader("Message-ID", messageId);
            }
            var recipients = message.getAllRecipients();
            transport.sendMessage(message, recipients == null ? new jakarta.mail.Address[0] : recipients);
        }

        @Override
        boolean usable() {
            return transport != null && transport.isConnected();
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // the server went away: nothing to close
                }
                transport = null;
            }
        }
    }

    private static final class OneByOne extends MailConnection {

        private final JavaMailSender sender;

        OneByOne(JavaMailSender sender) {
            this.sender = sender;
        }

        @Override
        void send(MimeMessage message) {
            sender.send(message);
        }

        @Override
        boolean usable() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
