package org.continuityacademy.notifications;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.ScopedToCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people things, in the app and by e-mail. Other modules call {@link #notify} inside the
 * transaction of the change that causes the notification, so both are stored or neither is; the
 * e-mail goes out afterwards, retried until the mail server takes it. The signed-in person reads
 * and marks their own notifications.
 */
@Service
public class Notifications {

    static final int SUBJECT_KEY_MAX = 150;
    static final int SUBJECT_MAX = 200;
    static final int LINK_MAX = 500;
    static final int EMAIL_MAX = 254;
    /** The most rows one page may ask for, also for an unpaged request. */
    static final int PAGE_MAX = 500;
    /**
     * The link to the app's first page ("My continuity"): the e-mail links to the base URL itself, where anyone not
     * signed in is asked to sign in first, and the bell opens the first page.
     */
    public static final String HOME_PAGE = "/";

    private final Outbox outbox;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;

    Notifications(Outbox outbox, CurrentUser currentUser, EntityManager entityManager, Clock clock) {
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Writes a notification for one person in the caller's transaction: shown in their bell, and e-mailed
     * once the transaction commits (a rolled-back change notifies nobody). The same recipient, kind and
     * subject key on the same day (the organisation's, in its time zone) make one notification only: a repeated
     * call writes nothing.
     * Any service may call it for its own changes, also scheduled work without a signed-in person; the
     * caller has already checked who may make the change.
     *
     * @param recipientEmail where the e-mail goes (the employee's address)
     * @param subjectKey     what the notification is about, for the repeat check ("assignment:42")
     * @param subject        the e-mail subject and the bell's headline (cut at {@value #SUBJECT_MAX} characters), in the
     *                       recipient's language (the caller takes it from the message bundles)
     * @param body           plain text, likewise
     * @param link           a path in the app ("learn/itscm-for-everyone"), {@link #HOME_PAGE}, or null; the e-mail shows it
     *                       after the base URL
     * @return true if a notification was written, false if this one had been written already
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean notify(long recipientId, String recipientEmail, NotificationKind kind, String subjectKey,
                          String subject, String body, @Nullable String link) {
        String email = recipientEmail.strip();
        if (email.isEmpty() || email.length() > EMAIL_MAX) {
            throw new IllegalArgumentException("A notification needs the recipient's e-mail address, not '" + recipientEmail + "'");
        }
        if (subjectKey.isBlank() || subjectKey.length() > SUBJECT_KEY_MAX) {
            throw new IllegalArgumentException("A subject key has 1 to " + SUBJECT_KEY_MAX + " characters: " + subjectKey);
        }
        String headline = subject.strip().replaceAll("\\s+", " ");
        if (headline.length() > SUBJECT_MAX) {
            headline = headline.substring(0, SUBJECT_MAX - 1) + "…";
        }
        // the clock's zone is the organisation's: a day here is the organisation's day, not UTC's
        String key = recipientId + ":" + kind + ":" + subjectKey + ":" + LocalDate.now(clock);
        // the caller's own changes go first (the recipient may be new in this transaction): the outbox is
        // written with SQL, which Hibernate does not flush for
        entityManager.flush();
        return outbox.insert(recipientId, email, kind, key, headline, body, appPath(link), null);
    }

    /**
     * Like {@link #notify}, for an e-mail whose link holds a secret that must never be stored (a single-use token):
     * the row keeps only {@code linkReference}, and the {@link SecretLinks} bean of the reference's kind makes the
     * link at the moment the e-mail is sent. Such a notification is an e-mail only: the bell does not list it (its
     * link could not be shown there). If the link can no longer be made when it is sent (used, revoked, expired),
     * the e-mail is withdrawn.
     *
     * @param linkReference "kind:id", such as "account-token:42"
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean notifyWithSecretLink(long recipientId, String recipientEmail, NotificationKind kind, String subjectKey,
                                        String subject, String body, String linkReference) {
        String email = recipientEmail.strip();
        if (email.isEmpty() || email.length() > EMAIL_MAX) {
            throw new IllegalArgumentException("A notification needs the recipient's e-mail address, not '" + recipientEmail + "'");
        }
        if (subjectKey.isBlank() || subjectKey.length() > SUBJECT_KEY_MAX) {
            throw new IllegalArgumentException("A subject key has 1 to " + SUBJECT_KEY_MAX + " characters: " + subjectKey);
        }
        if (!linkReference.matches("[a-z][a-z-]*:[A-Za-z0-9-]{1,60}")) {
            throw new IllegalArgumentException("A link reference is 'kind:id', not " + linkReference);
        }
        String key = recipientId + ":" + kind + ":" + subjectKey + ":" + LocalDate.now(clock);
        entityManager.flush();
        return outbox.insert(recipientId, email, kind, key, headline(subject), body, null, linkReference);
    }

    private static String headline(String subject) {
        String headline = subject.strip().replaceAll("\\s+", " ");
        return headline.length() > SUBJECT_MAX ? headline.substring(0, SUBJECT_MAX - 1) + "…" : headline;
    }

    /**
     * Withdraws what has not been sent yet about a subject (a reminder of an assignment just completed or
     * waived), in the caller's transaction. What is being sent at this moment still goes out.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdraw(long recipientId, String subjectKey) {
        return outbox.withdraw(recipientId, subjectKey);
    }

    /** The signed-in person's notifications, newest first. */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in person's own notifications")
    @Transactional(readOnly = true)
    public List<NotificationRow> mine(Pageable page) {
        Long me = currentUser.require().employeeId();
        if (me == null) {
            return List.of();
        }
        return page.isPaged()
                ? outbox.latest(me, page.getOffset(), Math.min(page.getPageSize(), PAGE_MAX))
                : outbox.latest(me, 0, PAGE_MAX);
    }

    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in person's own notifications")
    @Transactional(readOnly = true)
    public int unreadCount() {
        Long me = currentUser.require().employeeId();
        return me == null ? 0 : outbox.unread(me);
    }

    /** Marks one of the signed-in person's notifications read; refuses anyone else's. */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in person's own notification; anyone else's is refused")
    @Transactional
    public void markRead(long id) {
        Long me = currentUser.require().employeeId();
        if (me == null || !outbox.recipientOf(id).map(me::equals).orElse(false)) {
            throw new AccessDeniedException("Notification " + id + " is not for the signed-in person");
        }
        outbox.markRead(id);
    }

    /** @return how many notifications were unread */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in person's own notifications")
    @Transactional
    public int markAllRead() {
        Long me = currentUser.require().employeeId();
        return me == null ? 0 : outbox.markAllRead(me);
    }

    /** The e-mail outbox for the administrator: how many e-mails wait, since when, and the latest error. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public OutboxStatus outboxStatus() {
        return outbox.status();
    }

    /** A link stays inside the app: a relative path, never another site or a script; "/" is the first page (""). */
    static @Nullable String appPath(@Nullable String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String path = link.strip().replaceFirst("^/+", "");
        try {
            var uri = new URI(path);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || path.length() > LINK_MAX) {
                throw new IllegalArgumentException("A notification links to a path in the app, not " + link);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("A notification links to a path in the app, not " + link, e);
        }
        return path;
    }
}
