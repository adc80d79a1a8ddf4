package org.continuityacademy.campaigns;

import java.sql.Date;
import java.time.Clock;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder sweep over open assignments. A campaign's assignments follow its reminder policy;
 * others (continuity roles, by hand, refreshers) follow the default one: a week before, on the due date,
 * weekly when overdue, and the manager after a week overdue. Managers and continuity managers get one
 * digest a day, not one message per person. Only open assignments are looked at, so nothing is sent
 * about completed or waived ones; the outbox's key per recipient, kind, subject and day makes a
 * repeated sweep send nothing twice. "Today" is the organisation's (the application clock's zone), and the texts
 * are in the organisation's language for now ({@link #sweep(LocalDate, Locale)} takes the locale, so that a
 * person's own language is one argument away).
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** Open assignments of current employees with the reminder policy that applies to each. */
    private static final String OPEN_WITH_POLICY = """
            select a.id, a.employee_id, a.module_id, a.due_on, e.email, e.first_name, e.last_name, e.manager_id,
                   v.title,
                   case when a.origin = 'CAMPAIGN' then c.remind_days_before else 7 end as days_before,
                   case when a.origin = 'CAMPAIGN' then c.remind_on_due_date else true end as on_due_date,
                   case when a.origin = 'CAMPAIGN' then c.overdue_every_days else 7 end as overdue_every,
                   case when a.origin = 'CAMPAIGN' then c.escalate_manager_days else 7 end as escalate_manager,
                   case when a.origin = 'CAMPAIGN' then c.escalate_cm_days else null end as escalate_cm
            from training_assignment a
            join employee e on e.id = a.employee_id and e.active = true
            join training_module m on m.module_id = a.module_id
            join training_module_version v on v.id = m.current_version_id
            left join campaign c on a.origin = 'CAMPAIGN' and c.id = cast(substring(a.origin_ref, 10) as signed)
            where a.status = 'OPEN' and a.due_on <= :horizon
            """;

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Messages messages;
    private final Clock clock;

    Reminders(JdbcClient jdbc, Notifications notifications, TransactionTemplate transaction, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.transaction = transaction;
        this.messages = messages;
        this.clock = clock;
    }

    record Due(long assignmentId, long employeeId, String moduleId, LocalDate dueOn, String email, String name,
               @Nullable Long managerId, String title, @Nullable Integer daysBefore, boolean onDueDate,
               @Nullable Integer overdueEvery, @Nullable Integer escalateManager, @Nullable Integer escalateCm) {

        long daysLate(LocalDate today) {
            return java.time.temporal.ChronoUnit.DAYS.between(dueOn, today);
        }
    }

    /** Sends what is due today; returns how many notifications were written. Safe to repeat. */
    int sweep() {
        return sweep(LocalDate.now(clock));
    }

    int sweep(LocalDate today) {
        return sweep(today, messages.organisationLocale());
    }

    /** The sweep for {@code today}, with every text in {@code locale}. */
    int sweep(LocalDate today, Locale locale) {
        Formats formats = messages.formats(locale);
        List<Due> open = jdbc.sql(OPEN_WITH_POLICY).param("horizon", Date.valueOf(today.plusDays(366)))
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("module_id"),
                        rs.getDate("due_on").toLocalDate(), rs.getString("email"), rs.getString("first_name") + " " + rs.getString("last_name"),
                        (Long) rs.getObject("manager_id", Long.class), rs.getString("title"), (Integer) rs.getObject("days_before", Integer.class),
                        rs.getBoolean("on_due_date"), (Integer) rs.getObject("overdue_every", Integer.class),
                        (Integer) rs.getObject("escalate_manager", Integer.class), (Integer) rs.getObject("escalate_cm", Integer.class)))
                .list();
        int written = 0;
        Map<Long, List<Due>> byManager = new LinkedHashMap<>();
        List<Due> forContinuityManagers = new ArrayList<>();
        var batch = new ArrayList<Runnable>();
        for (Due d : open) {
            long late = d.daysLate(today);
            String link = "learn/" + d.moduleId();
            String due = formats.date(d.dueOn());
            if (late < 0 && d.daysBefore() != null && -late == d.daysBefore()) {
                batch.add(() -> notifications.notify(d.employeeId(), d.email(), NotificationKind.REMINDER, "assignment:" + d.assignmentId(),
                        messages.get(locale, "reminders.before.subject", d.title(), due),
                        messages.get(locale, "reminders.before.body", d.name(), d.title(), due), link));
            } else if (late == 0 && d.onDueDate()) {
                batch.add(() -> notifications.notify(d.employeeId(), d.email(), NotificationKind.REMINDER, "assignment:" + d.assignmentId(),
                        messages.get(locale, "reminders.due-today.subject", d.title()),
                        messages.get(locale, "reminders.due-today.body", d.name(), d.title()), link));
            } else if (late > 0 && d.overdueEvery() != null && late % d.overdueEvery() == 0) {
                batch.add(() -> notifications.notify(d.employeeId(), d.email(), NotificationKind.OVERDUE, "assignment:" + d.assignmentId(),
                        messages.get(locale, "reminders.overdue.subject", d.title(), due),
                        messages.get(locale, "reminders.overdue.body", d.name(), d.title(), due, late), link));
            }
            if (late > 0 && d.escalateManager() != null && late >= d.escalateManager() && d.managerId() != null) {
                byManager.computeIfAbsent(d.managerId(), k -> new ArrayList<>()).add(d);
            }
            if (late > 0 && d.escalateCm() != null && late >= d.escalateCm()) {
                forContinuityManagers.add(d);
            }
        }
        written += run(batch);
        written += run(digests(byManager, today, locale));
        written += run(continuityManagerDigests(forContinuityManagers, today, locale));
        if (written > 0) {
            log.info("Reminder sweep for {}: {} notification(s)", today, written);
        }
        return written;
    }

    private List<Runnable> digests(Map<Long, List<Due>> byManager, LocalDate today, Locale locale) {
        if (byManager.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> managers = new LinkedHashMap<>();
        jdbc.sql("select id, email, first_name from employee where active = true and id in (:ids)").param("ids", byManager.keySet())
                .query((rs, n) -> managers.put(rs.getLong("id"), new String[] {rs.getString("email"), rs.getString("first_name")})).list();
        var list = new ArrayList<Runnable>();
        byManager.forEach((managerId, dues) -> {
            String[] manager = managers.get(managerId);
            if (manager == null) {
                return;
            }
            list.add(() -> notifications.notify(managerId, manager[0], NotificationKind.DIGEST, "overdue-team",
                    messages.get(locale, "reminders.digest.subject", dues.size()),
                    messages.get(locale, "reminders.digest.body", manager[1], lines(dues, today, locale)), "my-team"));
        });
        return list;
    }

    private List<Runnable> continuityManagerDigests(List<Due> dues, LocalDate today, Locale locale) {
        if (dues.isEmpty()) {
            return List.of();
        }
        var list = new ArrayList<Runnable>();
        jdbc.sql("""
                select distinct e.id, e.email, e.first_name from account a join account_role r on r.account_id = a.id
                join employee e on e.id = a.employee_id and e.active = true
                where a.enabled = true and r.role = 'CONTINUITY_MANAGER'
                """).query((rs, n) -> {
            long id = rs.getLong("id");
            String email = rs.getString("email");
            String first = rs.getString("first_name");
            list.add(() -> notifications.notify(id, email, NotificationKind.ESCALATION, "overdue-escalated",
                    messages.get(locale, "reminders.escalation.subject", dues.size()),
                    messages.get(locale, "reminders.escalation.body", first, lines(dues, today, locale)), "campaigns"));
            return id;
        }).list();
        return list;
    }

    /** One "- " line per overdue module (MailTemplate makes them a list), at most 200. */
    private String lines(List<Due> dues, LocalDate today, Locale locale) {
        Formats formats = messages.formats(locale);
        var text = new StringBuilder();
        dues.stream().limit(200).forEach(d -> text.append(messages.get(locale, "reminders.line", d.name(), d.title(),
                formats.date(d.dueOn()), d.daysLate(today))).append('\n'));
        if (dues.size() > 200) {
            text.append(messages.get(locale, "reminders.more", dues.size() - 200)).append('\n');
        }
        return text.toString();
    }

    /** Writes notifications in transactions of up to 500. */
    private int run(List<Runnable> work) {
        int written = 0;
        for (int from = 0; from < work.size(); from += 500) {
            var chunk = work.subList(from, Math.min(work.size(), from + 500));
            transaction.executeWithoutResult(s -> chunk.forEach(Runnable::run));
            written += chunk.size();
        }
        return written;
    }
}
