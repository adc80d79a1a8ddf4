package org.continuityacademy.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.notifications.NotificationKind;
import org.continuityacademy.notifications.Notifications;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells people about training newly assigned to them: one notification per person and run (in their bell, and by
 * e-mail through the outbox) listing every module that is new for them, with its due date and why, and a link to
 * the app. Whatever assigned it (a campaign, HR, a continuity role, a refresher, re-training after a new major
 * version) marked the assignment PENDING ({@link Announcement}); {@link AnnouncementJob} runs this every few
 * minutes, so a person assigned at 09:00 hears of it that morning and a burst of assignments (a campaign's
 * modules, a role's) comes as one e-mail.
 * <p>
 * At scale (a campaign reaching 100,000 people) the pending people are worked through in chunks of
 * {@value #CHUNK}, each in a short transaction that locks its assignments ({@code FOR UPDATE SKIP LOCKED}), writes
 * the notifications and marks the assignments SENT together: so a run that stops half-way (a node going down) leaves
 * nothing announced twice and nothing lost, and two runs at once (two nodes, a run by hand) never tell anyone
 * twice. Leavers and people whose account is disabled get nothing, and an assignment closed (completed, waived)
 * before the run is left out; those are marked SKIPPED.
 */
@Component
class AssignmentAnnouncements {

    static final int CHUNK = 500;
    /** What the notifications are about, for the outbox's repeat check: with the first assignment's id. */
    static final String SUBJECT_KEY = "new-training:";

    private static final Logger log = LoggerFactory.getLogger(AssignmentAnnouncements.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Notifications notifications;
    private final Messages messages;
    private final Clock clock;

    AssignmentAnnouncements(JdbcClient jdbc, TransactionTemplate transaction, Notifications notifications, Messages messages,
                            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    /** One pending assignment with what the announcement needs. */
    record Pending(long id, long employeeId, String moduleTitle, LocalDate dueOn, String reason, boolean open,
                   boolean reachable, String email, String name) {
    }

    /**
     * Announces everything pending, chunk after chunk, in the organisation's language. Safe to repeat and to run on
     * several nodes at once.
     *
     * @return how many notifications were written
     */
    int announce() {
        Locale locale = messages.organisationLocale();
        int written = 0;
        int skipped = 0;
        long after = 0;
        while (true) {
            List<Long> people = jdbc.sql("""
                            select distinct employee_id from training_assignment
                            where announcement = 'PENDING' and employee_id > :after
                            order by employee_id limit :chunk
                            """).param("after", after).param("chunk", CHUNK)
                    .query(Long.class).list();
            if (people.isEmpty()) {
                break;
            }
            after = people.getLast();
            int[] outcome;
            try {
                outcome = transaction.execute(status -> announceTo(people, locale));
            } catch (TransientDataAccessException e) {
                // a deadlock or lock wait with other work (the dispatcher's claims): these people stay pending for the next run
                log.info("Announcing new training to {} people waits for the next run: {}", people.size(),
                        e.getMostSpecificCause().getMessage());
                continue;
            }
            if (outcome != null) {
                written += outcome[0];
                skipped += outcome[1];
            }
        }
        if (written > 0 || skipped > 0) {
            log.info("New training announced to {} people ({} assignment(s) left out: closed, or the person left or is disabled)",
                    written, skipped);
        }
        return written;
    }

    /** Announces the pending assignments of these people that no other run holds; returns {written, skipped}. */
    private int[] announceTo(List<Long> people, Locale locale) {
        // lock only the assignment rows (a join would lock the employees too); rows another run holds are its to announce
        List<Long> ids = jdbc.sql("""
                        select id from training_assignment
                        where announcement = 'PENDING' and employee_id in (:people)
                        for update skip locked
                        """).param("people", people)
                .query(Long.class).list();
        if (ids.isEmpty()) {
            return new int[] {0, 0};
        }
        Map<Long, List<Pending>> byPerson = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, a.employee_id, a.module_id, a.due_on, a.reason, a.status, v.title,
                               e.active, e.email, e.first_name, e.last_name, coalesce(acc.enabled, true) as enabled
                        from training_assignment a
                        join employee e on e.id = a.employee_id
                        left join account acc on acc.employee_id = e.id
                        left join training_module m on m.module_id = a.module_id
                        left join training_module_version v on v.id = m.current_version_id
                        where a.id in (:ids)
                        order by a.employee_id, a.due_on, a.id
                        """).param("ids", ids)
                .query((rs, n) -> {
                    String title = rs.getString("title");
                    String email = rs.getString("email");
                    var pending = new Pending(rs.getLong("id"), rs.getLong("employee_id"),
                            title == null ? rs.getString("module_id") : title, rs.getDate("due_on").toLocalDate(),
                            rs.getString("reason"), rs.getString("status").equals(AssignmentStatus.OPEN.name()),
                            // leavers and disabled accounts hear nothing; people without an account yet do (they get one)
                            rs.getBoolean("active") && rs.getBoolean("enabled") && usable(email),
                            email == null ? "" : email.strip(), rs.getString("first_name") + " " + rs.getString("last_name"));
                    byPerson.computeIfAbsent(pending.employeeId(), k -> new ArrayList<>()).add(pending);
                    return pending;
                }).list();
        Instant now = clock.instant();
        var sent = new ArrayList<Long>();
        var skipped = new ArrayList<Long>();
        int written = 0;
        for (List<Pending> theirs : byPerson.values()) {
            List<Pending> news = theirs.stream().filter(p -> p.open() && p.reachable()).toList();
            theirs.stream().filter(p -> !news.contains(p)).map(Pending::id).forEach(skipped::add);
            if (news.isEmpty()) {
                continue;
            }
            // the first assignment's id keeps this notification apart from the person's later ones on the same day
            if (notifications.notify(news.getFirst().employeeId(), news.getFirst().email(), NotificationKind.ASSIGNED,
                    SUBJECT_KEY + news.getFirst().id(), subject(locale, news), body(locale, news), Notifications.HOME_PAGE)) {
                written++;
            }
            news.stream().map(Pending::id).forEach(sent::add);
        }
        mark(sent, Announcement.SENT, now);
        mark(skipped, Announcement.SKIPPED, now);
        return new int[] {written, skipped.size()};
    }

    private void mark(List<Long> ids, Announcement to, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("update training_assignment set announcement = :to, announced_at = :now where id in (:ids) and announcement = 'PENDING'")
                    .param("to", to.name()).param("now", UtcText.of(now)).param("ids", ids).update();
        }
    }

    /** The outbox refuses an address it cannot send to: such a person is left out rather than stopping the chunk. */
    private static boolean usable(@Nullable String email) {
        return email != null && !email.isBlank() && email.strip().length() <= 254;
    }

    String subject(Locale locale, List<Pending> news) {
        return messages.get(locale, "training.announcement.subject", news.size(), news.getFirst().moduleTitle());
    }

    /** Hello, what is new (one "- " line each: MailTemplate makes them a list), and how to start. */
    String body(Locale locale, List<Pending> news) {
        Formats formats = messages.formats(locale);
        var lines = new StringBuilder();
        news.forEach(p -> lines.append(messages.get(locale, "training.announcement.line", p.moduleTitle(), formats.date(p.dueOn()),
                p.reason())).append('\n'));
        return messages.get(locale, "training.announcement.body", news.getFirst().name(), news.size(), lines.toString());
    }
}
