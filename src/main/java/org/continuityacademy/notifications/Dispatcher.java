package org.continuityacademy.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
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
 * lock is held while the mail server talks. A failure keeps the notification pending and retries it
 * after 1, 2, 4 … minutes (at most {@value #MAX_BACKOFF_MINUTES}); only a refused address gives up.
 * A node that stops between the mail server's acceptance and the SENT mark sends that one e-mail again
 * after the claim's lease: with the same Message-ID, which mail programs use to drop the copy.
 */
@Component
class Dispatcher {

    static final int BATCH = 50;
    /** Batches per run at most, so one run ends in reasonable time. */
    static final int MAX_BATCHES = 20;
    static final Duration LEASE = Duration.ofMinutes(10);
    static final long MAX_BACKOFF_MINUTES = 60;

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Outbox outbox;
    private final List<SecretLinks> secretLinks;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transaction;
    private final MailTemplate template;
    private final Messages messages;
    private final String from;
    private final String baseUrl;

    Dispatcher(Outbox outbox, List<SecretLinks> secretLinks, JavaMailSender mailSender, TransactionTemplate transaction,
               MailTemplate template, Messages messages,
               @Value("${academy.mail.from}") String from, @Value("${academy.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.secretLinks = List.copyOf(secretLinks);
        this.mailSender = mailSender;
        this.transaction = transaction;
        this.template = template;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.replaceFirst("/+$", "");
    }

    /** The Message-ID of a notification's e-mail: the outbox id, the same on every attempt. */
    static String messageId(long notificationId) {
        return "<notification-" + notificationId + "@continuity-academy>";
    }

    /** The wait before the next attempt after {@code attempts} failed ones: 1, 2, 4 … minutes, capped. */
    static Duration backOff(int attempts) {
        int doublings = Math.clamp(attempts - 1, 0, 16);
        return Duration.ofMinutes(Math.min(1L << doublings, MAX_BACKOFF_MINUTES));
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
                batch = transaction.execute(status -> outbox.claim(BATCH, LEASE));
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
        // MimeMessage keeps Object's identity equality: the map finds the message the sender reports on
        Map<MimeMessage, Claim> messages = new LinkedHashMap<>();
        for (Claim claim : batch) {
            SecretLinks.SecretLink secret = null;
            if (claim.linkRef() != null) {
                try {
                    secret = secretLink(claim.linkRef()).orElse(null);
                } catch (RuntimeException e) {
                    // the link's owner could not make it now (its database work failed): try again later
                    outbox.retryLater(claim, backOff(claim.attempts()), describe(e));
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
        Map<Object, Exception> failures = Map.of();
        MailException trouble = null;
        try {
            mailSender.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            trouble = e;
            failures = e.getFailedMessages();
        } catch (MailException e) {
            trouble = e; // such as refused credentials: every message failed
        }
        // the outcomes of a batch are recorded in one transaction: one commit (and log flush) per batch, not per e-mail
        var failuresFound = failures;
        var troubleFound = trouble;
        int[] counts = transaction.execute(status -> record(messages, failuresFound, troubleFound));
        int sent = counts == null ? 0 : counts[0];
        int retried = counts == null ? 0 : counts[1];
        if (retried > 0) {
            log.warn("Mail server trouble: {} of {} e-mails wait for another attempt ({})", retried, messages.size(),
                    trouble == null ? "" : describe(trouble));
        }
        return new Outcome(sent, retried > 0);
    }

    /** Records each message's outcome; returns {sent, retried}. */
    private int[] record(Map<MimeMessage, Claim> messages, Map<Object, Exception> failures, @Nullable MailException trouble) {
        int sent = 0;
        int retried = 0;
        for (var entry : messages.entrySet()) {
            Claim claim = entry.getValue();
            Exception failure = trouble == null ? null : failures.isEmpty() ? trouble : failures.get(entry.getKey());
            boolean recorded;
            if (failure == null) {
                recorded = outbox.sent(claim);
                sent++;
            } else if (refusedAddress(failure)) {
                recorded = outbox.failed(claim, describe(failure));
                log.warn("The mail server refused the address of notification {}: {}", claim.id(), describe(failure));
            } else {
                recorded = outbox.retryLater(claim, backOff(claim.attempts()), describe(failure));
                retried++;
            }
            if (!recorded) {
                log.warn("Notification {} was claimed again before its outcome was recorded", claim.id());
            }
        }
        return new int[] {sent, retried};
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
