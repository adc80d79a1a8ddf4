package org.continuityacademy.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.notifications.Outbox.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due e-mails in batches. A batch is claimed in a short transaction (rows locked with
 * SKIP LOCKED and marked SENDING), so no two dispatchers on any nodes send the same notification and no
 * lock is held while the mail server talks. The batch then goes out over one connection to the mail server,
 * one e-mail at a time, and each e-mail is marked SENT (committed) as soon as the server has taken it, before
 * the next is handed over: a node that stops sends again at most the one e-mail it was handing over (after the
 * claim's lease, with the same Message-ID, which mail programs use to drop the copy); the rest of its claimed
 * batch is sent by whichever node claims it after the lease.
 * <p>
 * A failure keeps the notification pending and retries it after 1, 2, 4 … minutes (at most an hour; both
 * are settings, {@code academy.notifications.retry-first} and {@code retry-max}); only a refused address gives up.
 */
@Component
class Dispatcher {

    static final int BATCH = 50;
    /** Batches per run at most, so one run ends in reasonable time. */
    static final int MAX_BATCHES = 20;

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Outbox outbox;
    private final List<SecretLinks> secretLinks;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transaction;
    private final MailTemplate template;
    private final Messages messages;
    private final Clock clock;
    private final Retries retries;
    private final Duration lease;
    private final String from;
    private final String baseUrl;

    Dispatcher(Outbox outbox, List<SecretLinks> secretLinks, JavaMailSender mailSender, TransactionTemplate transaction,
               MailTemplate template, Messages messages, Clock clock, Retries retries,
               @Value("${academy.notifications.lease:10m}") Duration lease,
               @Value("${academy.mail.from}") String from, @Value("${academy.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.secretLinks = List.copyOf(secretLinks);
        this.mailSender = mailSender;
        this.transaction = transaction;
        this.template = template;
        this.messages = messages;
        this.clock = clock;
        this.retries = retries;
        this.lease = lease;
        this.from = from;
        this.baseUrl = baseUrl.replaceFirst("/+$", "");
    }

    /** The Message-ID of a notification's e-mail: the outbox id, the same on every attempt. */
    static String messageId(long notificationId) {
        return "<notification-" + notificationId + "@continuity-academy>";
    }

    /**
     * Sends what is due, batch after batch, until nothing is due or the mail server fails.
     *
     * @return how many e-mails the mail server took
     */
    int dispatchNow() {
        int sent = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            List<Claim> batch;
            try {
                batch = transaction.execute(status -> outbox.claim(BATCH, lease));
            } catch (PessimisticLockingFailureException e) {
                // two dispatchers claiming at once can deadlock on the due index; the other one goes on, this run ends
                log.info("Another dispatcher is claiming at the same moment ({}); this run stops here", e.getMostSpecificCause().getMessage());
                break;
            }
            if (batch == null || batch.isEmpty()) {
                break;
            }
            Outcome outcome = send(batch);
            sent += outcome.sent();
            if (outcome.serverTrouble() || batch.size() < BATCH) {
                break;
            }
        }
        return sent;
    }

    private record Outcome(int sent, boolean serverTrouble) {
    }

    private Outcome send(List<Claim> batch) {
        // MimeMessage keeps Object's identity equality: the map keeps each message with its claim, in order
        Map<MimeMessage, Claim> messages = new LinkedHashMap<>();
        for (Claim claim : batch) {
            SecretLinks.SecretLink secret = null;
            if (claim.linkRef() != null) {
                try {
                    secret = secretLink(claim.linkRef()).orElse(null);
                } catch (RuntimeException e) {
                    // the link's owner could not make it now (its database work failed): try again later
                    outbox.retryLater(claim, retries.after(claim.attempts()), describe(e));
                    log.warn("The link of notification {} could not be made: {}", claim.id(), describe(e));
                    continue;
                }
                if (secret == null) {
                    outbox.withdrawn(claim, "withdrawn: its link was used, replaced or expired before it was sent");
                    log.info("Notification {} withdrawn: its link is no longer valid", claim.id());
                    continue;
                }
            }
            try {
                messages.put(message(claim, secret), claim);
            } catch (MessagingException | RuntimeException e) {
                outbox.failed(claim, describe(e));
                log.warn("Notification {} is not a valid e-mail and will not be sent: {}", claim.id(), describe(e));
            }
        }
        if (messages.isEmpty()) {
            return new Outcome(0, false);
        }
        List<Map.Entry<MimeMessage, Claim>> queue = List.copyOf(messages.entrySet());
        int sent = 0;
        try (MailConnection connection = MailConnection.open(mailSender, clock)) {
            for (int i = 0; i < queue.size(); i++) {
                MimeMessage message = queue.get(i).getKey();
                Claim claim = queue.get(i).getValue();
                try {
                    connection.send(message);
                } catch (MessagingException | MailException e) {
                    Exception failure = failureOf(e);
                    if (refusedAddress(failure)) {
                        recorded(claim, outbox.failed(claim, describe(failure)));
                        log.warn("The mail server refused the address of notification {}: {}", claim.id(), describe(failure));
                        continue;
                    }
                    recorded(claim, outbox.retryLater(claim, retries.after(claim.attempts()), describe(failure)));
                    if (connection.usable()) {
                        // the server turned this one message away for now (a 4xx): the others may go
                        log.warn("The mail server did not take notification {} this time: {}", claim.id(), describe(failure));
                        continue;
                    }
                    waitForTheServer(queue.subList(i + 1, queue.size()), failure);
                    log.warn("Mail server trouble after {} of {} e-mails: the other {} wait for another attempt ({})", sent,
                            queue.size(), queue.size() - sent, describe(failure));
                    return new Outcome(sent, true);
                }
                // marked (and committed) before the next e-mail is handed over: a crash now sends at most this one again
                recorded(claim, outbox.sent(claim));
                sent++;
            }
        } catch (MessagingException | MailException e) {
            // no connection to the mail server: nothing of the batch went out
            Exception failure = failureOf(e);
            waitForTheServer(queue.subList(sent, queue.size()), failure);
            log.warn("Mail server trouble: {} e-mails wait for another attempt ({})", queue.size() - sent, describe(failure));
            return new Outcome(sent, true);
        }
        return new Outcome(sent, false);
    }

    /** Puts claimed e-mails that were not handed over back as pending, due after the back-off of their attempt. */
    private void waitForTheServer(List<Map.Entry<MimeMessage, Claim>> notSent, Exception failure) {
        String error = describe(failure);
        for (var entry : notSent) {
            Claim claim = entry.getValue();
            recorded(claim, outbox.retryLater(claim, retries.after(claim.attempts()), error));
        }
    }

    private static void recorded(Claim claim, boolean recorded) {
        if (!recorded) {
            log.warn("Notification {} was claimed again before its outcome was recorded", claim.id());
        }
    }

    /** The failure itself: Spring's sender wraps a message's failure in a MailSendException keyed by message. */
    private static Exception failureOf(Exception e) {
        if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            return send.getFailedMessages().values().iterator().next();
        }
        return e;
    }

    /** The link of an e-mail whose link holds a secret, made now by the module that owns the reference. */
    private java.util.Optional<SecretLinks.SecretLink> secretLink(String reference) {
        String kind = reference.substring(0, Math.max(0, reference.indexOf(':')));
        return secretLinks.stream().filter(links -> links.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No module makes links for '" + kind + "'"))
                .issue(reference);
    }

    private MimeMessage message(Claim claim, SecretLinks.@Nullable SecretLink secret) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        // multipart/alternative: plain text and HTML of the same message (MailTemplate)
        var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(claim.email());
        helper.setSubject(claim.subject());
        // the organisation's language for now; with a language per person, the recipient's
        Locale locale = messages.organisationLocale();
        // a secret link exists only in this message: it is never written back to the outbox
        var mail = secret != null
                ? template.render(locale, claim.subject(), claim.body(), baseUrl + "/" + secret.path(), secret.button())
                : template.render(locale, claim.subject(), claim.body(), claim.link() == null ? null : baseUrl + "/" + claim.link());
        helper.setText(mail.text(), mail.html());
        // Spring's sender keeps an explicit Message-ID; it is the same on every attempt
        message.setHeader("Message-ID", messageId(claim.id()));
        // RFC 3834: no out-of-office replies to an automatic message
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** The mail server refused the recipient for good (5xx): retrying cannot help. */
    private static boolean refusedAddress(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        var text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e) {
            text.append(" (").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage()).append(')');
        }
        return text.length() > 1000 ? text.substring(0, 997) + "..." : text.toString();
    }
}
