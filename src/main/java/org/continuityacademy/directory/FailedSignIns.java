package org.continuityacademy.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The failed sign-ins and the locks they led to, in the database so every node counts and refuses alike
 * ({@code sign_in_failure}, {@code sign_in_lock}). Hand-written SQL: a lock is taken with one {@code INSERT IGNORE}, so
 * when two nodes count the limit at once only one of them locks (and audits). Instants go in as UTC text and come
 * out through a UTC calendar, so the JVM's time zone never shifts them.
 */
@Component
class FailedSignIns {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    /** Whose failures are counted: an account (its id), a user name that belongs to no account, or a client address. */
    record Subject(String type, String key) {

        static final String ACCOUNT = "account";
        static final String USER_NAME = "user-name";
        static final String ADDRESS = "address";
        /** The width of {@code subject}: longer names cannot be anyone's user name, so their end changes nothing. */
        static final int MAX_KEY = 255;

        static Subject account(long id) {
            return new Subject(ACCOUNT, String.valueOf(id));
        }

        static Subject userName(String name) {
            return new Subject(USER_NAME, cut(name));
        }

        static Subject address(String address) {
            return new Subject(ADDRESS, cut(address));
        }

        private static String cut(String text) {
            return text.length() > MAX_KEY ? text.substring(0, MAX_KEY) : text;
        }
    }

    /** An account found by the user name someone typed. */
    record AccountRef(long id, String username) {
    }

    private final JdbcClient jdbc;

    FailedSignIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account with this user name, compared as the sign-in compares it (the column's case-insensitive collation). */
    Optional<AccountRef> account(String username) {
        if (username.isEmpty() || username.length() > Subject.MAX_KEY) {
            return Optional.empty();
        }
        return jdbc.sql("select id, username from account where username = :name")
                .param("name", username)
                .query((rs, row) -> new AccountRef(rs.getLong("id"), rs.getString("username")))
                .optional();
    }

    void record(Subject subject, Instant at) {
        jdbc.sql("insert into sign_in_failure (subject_type, subject, failed_at) values (:type, :subject, :at)")
                .param("type", subject.type()).param("subject", subject.key()).param("at", utc(at))
                .update();
    }

    /** Failures of this subject after {@code since}. */
    int countSince(Subject subject, Instant since) {
        return jdbc.sql("""
                        select count(*) from sign_in_failure
                        where subject_type = :type and subject = :subject and failed_at > :since
                        """)
                .param("type", subject.type()).param("subject", subject.key()).param("since", utc(since))
                .query(Integer.class).single();
    }

    /**
     * Locks the subject until {@code until} unless it is locked already, and forgets its failures (the lock replaces
     * them; after it the count starts again). Returns whether this call took the lock.
     */
    boolean lock(Subject subject, Instant now, Instant until, int failures) {
        jdbc.sql("delete from sign_in_lock where subject_type = :type and subject = :subject and locked_until <= :now")
                .param("type", subject.type()).param("subject", subject.key()).param("now", utc(now))
                .update();
        int taken = jdbc.sql("""
                        insert ignore into sign_in_lock (subject_type, subject, locked_at, locked_until, failures)
                        values (:type, :subject, :now, :until, :failures)
                        """)
                .param("type", subject.type()).param("subject", subject.key()).param("now", utc(now))
                .param("until", utc(until)).param("failures", failures)
                .update();
        if (taken == 1) {
            forgetFailures(subject);
        }
        return taken == 1;
    }

    /** Whether sign-in as {@code subject} or from {@code address} is locked at {@code now}. */
    boolean locked(Subject subject, Subject address, Instant now) {
        return jdbc.sql("""
                        select count(*) from sign_in_lock
                        where locked_until > :now
                          and ((subject_type = :type and subject = :subject) or (subject_type = :addressType and subject = :address))
                        """)
                .param("now", utc(now))
                .param("type", subject.type()).param("subject", subject.key())
                .param("addressType", address.type()).param("address", address.key())
                .query(Integer.class).single() > 0;
    }

    /** Until when the subject is locked, if it is at {@code now}. */
    Optional<Instant> lockedUntil(Subject subject, Instant now) {
        return jdbc.sql("""
                        select locked_until from sign_in_lock
                        where subject_type = :type and subject = :subject and locked_until > :now
                        """)
                .param("type", subject.type()).param("subject", subject.key()).param("now", utc(now))
                .query((rs, row) -> instant(rs, "locked_until"))
                .optional();
    }

    /** The accounts among these that are locked at {@code now}, with until when (one query for a page of the list). */
    Map<Long, Instant> lockedAccounts(Collection<Long> accountIds, Instant now) {
        var locked = new HashMap<Long, Instant>();
        if (accountIds.isEmpty()) {
            return locked;
        }
        jdbc.sql("""
                        select subject, locked_until from sign_in_lock
                        where subject_type = 'account' and subject in (:ids) and locked_until > :now
                        """)
                .param("ids", accountIds.stream().map(String::valueOf).toList()).param("now", utc(now))
                .query((RowCallbackHandler) rs -> locked.put(Long.valueOf(rs.getString("subject")), instant(rs, "locked_until")));
        return locked;
    }

    /** Ends the subject's lock and forgets its failures: after an administrator's unlock, or a sign-in that worked. */
    void clear(Subject subject) {
        jdbc.sql("delete from sign_in_lock where subject_type = :type and subject = :subject")
                .param("type", subject.type()).param("subject", subject.key())
                .update();
        forgetFailures(subject);
    }

    void forgetFailures(Subject subject) {
        jdbc.sql("delete from sign_in_failure where subject_type = :type and subject = :subject")
                .param("type", subject.type()).param("subject", subject.key())
                .update();
    }

    /** Deletes failures that no longer count (at or before {@code before}) and locks that ended by {@code now}. */
    int purge(Instant before, Instant now) {
        int failures = jdbc.sql("delete from sign_in_failure where failed_at <= :before").param("before", utc(before)).update();
        int locks = jdbc.sql("delete from sign_in_lock where locked_until <= :now").param("now", utc(now)).update();
        return failures + locks;
    }

    private static String utc(Instant instant) {
        return UTC.format(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column, Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC))).toInstant();
    }
}
