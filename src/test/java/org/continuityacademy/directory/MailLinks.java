package org.continuityacademy.directory;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the e-mails a test mail server caught: to whom, their plain text, and the set-password link in them. */
public final class MailLinks {

    static final Pattern LINK = Pattern.compile("https?://\\S+/set-password\\?token=([A-Za-z0-9_-]{43})");

    private MailLinks() {
    }

    /** The e-mails to one address, oldest first. */
    public static List<MimeMessage> to(GreenMail greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The plain-text part of an e-mail. */
    public static String text(MimeMessage message) {
        try {
            return text(message.getContent());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart) {
                    String inner = text(part.getContent());
                    if (!inner.isEmpty()) {
                        return inner;
                    }
                }
            }
        }
        return "";
    }

    /** The whole set-password address in an e-mail. */
    public static String link(MimeMessage message) {
        var found = LINK.matcher(text(message));
        if (!found.find()) {
            throw new AssertionError("No set-password link in:\n" + text(message));
        }
        return found.group();
    }

    /** The token of the set-password link in an e-mail. */
    public static String token(MimeMessage message) {
        var found = LINK.matcher(text(message));
        if (!found.find()) {
            throw new AssertionError("No set-password link in:\n" + text(message));
        }
        return found.group(1);
    }
}
