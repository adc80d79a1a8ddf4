package org.continuityacademy.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code notification} table, in SQL: the insert must survive a duplicate key inside the caller's
 * transaction (Hibernate would mark it rollback-only), and the dispatcher claims rows with
 * {@code FOR UPDATE SKIP LOCKED}. Times come from the application clock (as everything else's do, so that tests
 * move the outbox's time with the rest), written as UTC text and read with a UTC calendar.
 */
@Component
class Outbox {

    /** The sequence's INCREMENT BY: one {@code nextval} hands out this many ids, as Hibernate's pooled optimiser does. */
    static final int ALLOCATION = 50;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Clock clock;
    private long nextId = 1;
    private long lastId = 0;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The application clock's now, as the UTC text a DATETIME(6) column holds. */
    private String now() {
        return utc(clock.instant());
    }

    private static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** A notification claimed for sending; {@code attempts} counts this attempt and identifies the claim. */
    record Claim(long id, String email, String subject, String body, @Nullable String link, int attempts,
                 @Nullable String linkRef) {

        Claim(long id, String email, String subject, String body, @Nullable String link, int attempts) {
            this(id, email, subject, body, link, attempts, null);
        }
    }

    /** Writes a pending notification in the current transaction; false (and nothing written) when the key exists. */
    boolean insert(long recipientId, String email, NotificationKind kind, String dedupeKey, String subject, String body,
                   @Nullable String link, @Nullable String linkRef) {
        // the usual repeat is found by the look-up; the unique key settles two writers at the same moment
        if (jdbc.sql("select count(*) from notification where dedupe_key = ?").param(dedupeKey).query(Integer.class).single() > 0) {
            return false;
        }
        try {
            jdbc.sql("""
                    insert into notification (id, recipient_id, recipient_email, kind, subject, body, link, link_ref, dedupe_key,
                                              created_at, status, attempts, next_attempt_at, read_at)
                    values (:id, :recipient, :email, :kind, :subject, :body, :link, :linkRef, :key, :now, 'PENDING', 0, :now,
                            :readAt)
                    """)
                    .param("now", now()).param("id", nextId()).param("recipient", recipientId).param("email", email).param("kind", kind.name())
                    .param("subject", subject).param("body", body).param("link", link).param("linkRef", linkRef).param("key", dedupeKey)
                    // an e-mail with a secret link is not in the bell: read from the start, so it never counts as unread
                    .param("readAt", linkRef == null ? null : now())
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            // MariaDB undoes only the failed statement: the caller's transaction carries on
            return false;
        }
    }

    private synchronized long nextId() {
        if (nextId > lastId) {
            long high = jdbc.sql("select nextval(notification_seq)").query(Long.class).single();
            nextId = Math.max(1, high - ALLOCATION + 1);
            lastId = high;
        }
        return nextId++;
    }

    /**
     * Claims up to {@code max} due notifications (pending ones, and claims whose lease ran out) for one
     * dispatcher, skipping rows another dispatcher is claiming. Call it in a transaction of its own.
     */
    List<Claim> claim(int max, Duration lease) {
        Instant now = clock.instant();
        List<Claim> due = jdbc.sql("""
                        select id, recipient_email, subject, body, link, attempts, link_ref from notification
                        where status in ('PENDING', 'SENDING') and next_attempt_at <= :now
                        order by next_attempt_at, id
                        limit :max
                        for update skip locked
                        """).param("now", utc(now)).param("max", max)
                .query((rs, n) -> new Claim(rs.getLong("id"), rs.getString("recipient_email"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("link"), rs.getInt("attempts") + 1, rs.getString("link_ref")))
                .list();
        if (!due.isEmpty()) {
            jdbc.sql("""
                            update notification
                            set status = 'SENDING', attempts = attempts + 1, next_attempt_at = :leaseEnds, last_attempt_at = :now
                            where id in (:ids)
                            """).param("leaseEnds", utc(now.plus(lease))).param("now", utc(now))
                    .param("ids", due.stream().map(Claim::id).toList())
                    .update();
        }
        return due;
    }

    /** Records a successful send; false when the claim had been taken over meanwhile. */
    boolean sent(Claim claim) {
        return jdbc.sql("""
                update notification set status = 'SENT', sent_at = :now, next_attempt_at = null, last_error = null
                where id = :id and status = 'SENDING' and attempts = :attempts
                """).param("now", now()).param("id", claim.id()).param("attempts", claim.attempts()).update() == 1;
    }

    /** Puts a claim back as pending, due again after {@code delay}. */
    boolean retryLater(Claim claim, Duration delay, String error) {
        return jdbc.sql("""
                update notification
                set status = 'PENDING', next_attempt_at = :next, last_error = :error
                where id = :id and status = 'SENDING' and attempts = :attempts
                """).param("next", utc(clock.instant().plus(delay))).param("error", error)
                .param("id", claim.id()).param("attempts", claim.attempts()).update() == 1;
    }

    /** Gives up on an e-mail that cannot be delivered; the in-app notification stays. */
    boolean failed(Claim claim, String error) {
        return jdbc.sql("""
                update notification set status = 'FAILED', next_attempt_at = null, last_error = :error
                where id = :id and status = 'SENDING' and attempts = :attempts
                """).param("error", error).param("id", claim.id()).param("attempts", claim.attempts()).update() == 1;
    }

    /** Withdraws a claimed e-mail whose link can no longer be made (a used, revoked or expired single-use link). */
    boolean withdrawn(Claim claim, String why) {
        return jdbc.sql("""
                update notification set status = 'WITHDRAWN', next_attempt_at = null, last_error = :why
                where id = :id and status = 'SENDING' and attempts = :attempts
                """).param("why", why).param("id", claim.id()).param("attempts", claim.attempts()).update() == 1;
    }

    /** Withdraws the person's notifications about a subject that have not been sent yet; returns how many. */
    int withdraw(long recipientId, String subjectKey) {
        return jdbc.sql("""
                update notification set status = 'WITHDRAWN', next_attempt_at = null, read_at = coalesce(read_at, :now),
                                        last_error = 'withdrawn: no longer needed'
                where recipient_id = :recipient and status = 'PENDING' and dedupe_key like :pattern
                """).param("now", now()).param("recipient", recipientId)
                .param("pattern", recipientId + ":%:" + subjectKey.replace("%", "\\%").replace("_", "\\_") + ":%").update();
    }

    /** What waits to be sent, and the latest attempt that failed: for the administrator. */
    OutboxStatus status() {
        record Backlog(int waiting, @Nullable Instant oldest, @Nullable Instant next, int retried) {
        }
        Backlog backlog = jdbc.sql("""
                        select count(*) as waiting, min(created_at) as oldest, min(next_attempt_at) as next_attempt,
                               coalesce(sum(attempts > 0), 0) as retried
                        from notification where status in ('PENDING', 'SENDING')
                        """)
                .query((rs, n) -> new Backlog(rs.getInt("waiting"), instantOrNull(rs, "oldest"), instantOrNull(rs, "next_attempt"),
                        rs.getInt("retried")))
                .single();
        int failed = jdbc.sql("select count(*) from notification where status = 'FAILED'").query(Integer.class).single();
        // the latest failed attempt of a waiting e-mail, or of one given up on (a refused address)
        var lastError = jdbc.sql("""
                        select last_error, last_attempt_at from notification
                        where status in ('PENDING', 'SENDING', 'FAILED') and last_error is not null and last_attempt_at is not null
                        order by last_attempt_at desc limit 1
                        """)
                .query((rs, n) -> new OutboxStatus.LastError(rs.getString("last_error"), instant(rs, "last_attempt_at")))
                .optional().orElse(null);
        return new OutboxStatus(backlog.waiting(), backlog.oldest(), backlog.next(), backlog.retried(), failed, lastError);
    }

    // --- in the app ---

    List<NotificationRow> latest(long recipientId, long offset, int limit) {
        return jdbc.sql("""
                        select id, kind, subject, body, link, created_at, read_at from notification
                        where recipient_id = :recipient and status <> 'WITHDRAWN' and link_ref is null
                        order by created_at desc, id desc
                        limit :limit offset :offset
                        """).param("recipient", recipientId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new NotificationRow(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("subject"), rs.getString("body"), rs.getString("link"),
                        instant(rs, "created_at"), instantOrNull(rs, "read_at")))
                .list();
    }

    int unread(long recipientId) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
                .param(recipientId).query(Integer.class).single();
    }

    Optional<Long> recipientOf(long id) {
        return jdbc.sql("select recipient_id from notification where id = ?").param(id).query(Long.class).optional();
    }

    void markRead(long id) {
        jdbc.sql("update notification set read_at = ? where id = ? and read_at is null").params(now(), id).update();
    }

    int markAllRead(long recipientId) {
        return jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
                .params(now(), recipientId).update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Instant value = instantOrNull(rs, column);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value;
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        // the columns hold UTC (as Hibernate writes them), whatever the JVM's time zone
        var timestamp = rs.getTimestamp(column, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
        return timestamp == null ? null : timestamp.toInstant();
    }
}
