package org.continuityacademy.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;

/**
 * The mail server the app nodes send to: GreenMail's SMTP server in the test JVM, on a loopback port of its own that
 * stays the same when the test takes the server away ({@link #stop}) and brings it back ({@link #start}). What every
 * instance received is counted by Message-ID (the outbox's id, the same on every attempt), so a message that arrived
 * twice shows.
 */
final class SmtpServer implements AutoCloseable {

    final int port = Ports.free();
    private final Map<String, Integer> earlier = new HashMap<>();
    private GreenMail greenMail;

    synchronized SmtpServer start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return this;
    }

    /** Stops taking connections: the app's connections fail as when the mail server is down. */
    synchronized void stop() {
        if (greenMail != null) {
            received(greenMail).forEach((id, n) -> earlier.merge(id, n, Integer::sum));
            greenMail.stop();
            greenMail = null;
        }
    }

    boolean running() {
        return greenMail != null;
    }

    /** Message-ID → how many times it arrived, over every start of the server. */
    synchronized Map<String, Integer> received() {
        Map<String, Integer> all = new HashMap<>(earlier);
        if (greenMail != null) {
            received(greenMail).forEach((id, n) -> all.merge(id, n, Integer::sum));
        }
        return all;
    }

    /** Messages received in all, copies included (a cheap count). */
    synchronized int messages() {
        return earlier.values().stream().mapToInt(Integer::intValue).sum() + (greenMail == null ? 0 : greenMail.getReceivedMessages().length);
    }

    /** Messages that arrived more than once: the copies beyond the first. */
    int duplicates() {
        return received().values().stream().mapToInt(n -> n - 1).sum();
    }

    private static Map<String, Integer> received(GreenMail server) {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                counts.merge(String.valueOf(message.getMessageID()), 1, Integer::sum);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    @Override
    public void close() {
        stop();
    }
}
