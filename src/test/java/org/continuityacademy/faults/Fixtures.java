package org.continuityacademy.faults;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Set-based fixtures written straight into the app's tables once it has made its schema (as {@code ScaleData} does, much
 * smaller): people, a campaign, learners with accounts, assignments, outbox rows. Ids come from the tables' sequences:
 * one {@code nextval} as the base of a block, then {@code setval} past it, so they never meet the app's own ids.
 */
final class Fixtures {

    private final JdbcClient jdbc;

    Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code count} active employees {@code <tag>000001}…, e-mail {@code <tag>000001@faults.example}; returns the first id. */
    long employees(String tag, int count) {
        long base = block("employee_seq", count);
        jdbc.sql("""
                insert into employee (id, employee_number, first_name, last_name, email, department_id, manager_id, location,
                                      hire_date, leaving_date, active, created_at, updated_at, version)
                select :base + seq - 1, concat(:tag, lpad(seq, 6, '0')), 'Fault', concat('Person ', seq),
                       concat(lower(:tag), lpad(seq, 6, '0'), '@faults.example'), null, null, 'Faultville', date '2020-01-06', null,
                       true, utc_timestamp(6), utc_timestamp(6), 0
                from seq_1_to_%d
                """.formatted(count)).param("base", base).param("tag", tag).update();
        return base;
    }

    /** A campaign to everyone with these modules, saying nothing to people (no announcement, no reminders); returns its id. */
    long campaign(String name, String... modules) {
        long id = block("campaign_seq", 1);
        jdbc.sql("""
                insert into campaign (id, name, description, state, schedule_kind, starts_at, cron, zone, due_days, skip_valid_days,
                                      everyone, new_joiner_days, remind_days_before, remind_on_due_date, overdue_every_days,
                                      escalate_manager_days, escalate_cm_days, created_by, created_at, updated_at, version,
                                      announce_assignments)
                values (?, ?, 'Fault test', 'ACTIVE', 'ONE_OFF', '2099-01-01', null, 'UTC', 30, null, true, null, null, false, null,
                        null, null, 'fault test', utc_timestamp(6), utc_timestamp(6), 0, false)
                """).params(id, name).update();
        for (String module : modules) {
            jdbc.sql("insert into campaign_module (campaign_id, module_id) values (?, ?)").params(id, module).update();
        }
        return id;
    }

    /** Learner accounts {@code <tag>-1}… (password {@code password}), each with an open assignment of every module. */
    List<String> learners(String tag, int count, String password, String... modules) {
        long first = employees(tag.toUpperCase(java.util.Locale.ROOT), count);
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(password);
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = tag + "-" + (i + 1);
            long employee = first + i;
            long account = block("account_seq", 1);
            jdbc.sql("""
                    insert into account (id, username, display_name, email, password_hash, employee_id, enabled, created_at, version)
                    select ?, ?, concat(e.first_name, ' ', e.last_name), e.email, ?, e.id, true, utc_timestamp(6), 0
                    from employee e where e.id = ?
                    """).params(account, username, hash, employee).update();
            jdbc.sql("insert into account_role (account_id, role) values (?, 'LEARNER')").param(account).update();
            for (String module : modules) {
                openAssignment(employee, module, "date(utc_timestamp()) + interval 30 day");
            }
            usernames.add(username);
        }
        return usernames;
    }

    /** An open assignment (by hand) of {@code module} for each of {@code count} people from {@code firstEmployee}, due today. */
    void dueToday(long firstEmployee, int count, String module) {
        long base = block("training_assignment_seq", count);
        jdbc.sql("""
                insert into training_assignment (id, employee_id, module_id, origin, origin_ref, reason, assigned_by, assigned_at,
                                                 due_on, status, version, announcement)
                select :base + seq - 1, :first + seq - 1, :module, 'MANUAL', 'fault test', 'Fault test', 'fault test',
                       utc_timestamp(6) - interval 20 day, date(utc_timestamp()), 'OPEN', 0, 'SILENT'
                from seq_1_to_%d
                """.formatted(count)).param("base", base).param("first", firstEmployee).param("module", module).update();
    }

    /** {@code perPerson} pending e-mails for each of {@code people} people from {@code firstEmployee}, as the outbox holds them. */
    int pendingEmails(long firstEmployee, int people, int perPerson, String tag) {
        int count = people * perPerson;
        long base = block("notification_seq", count);
        jdbc.sql("""
                insert into notification (id, recipient_id, recipient_email, kind, subject, body, link, dedupe_key, created_at, status,
                                          attempts, next_attempt_at)
                select :base + seq - 1, e.id, e.email, 'REMINDER', concat(:tag, ' ', seq), concat('Fault test e-mail ', seq), null,
                       concat(:tag, ':', seq), utc_timestamp(6), 'PENDING', 0, utc_timestamp(6)
                from seq_1_to_%d join employee e on e.id = :first + (seq - 1) mod :people
                """.formatted(count)).param("base", base).param("first", firstEmployee).param("people", people).param("tag", tag)
                .update();
        return count;
    }

    private void openAssignment(long employee, String module, String dueSql) {
        long id = block("training_assignment_seq", 1);
        jdbc.sql("""
                insert into training_assignment (id, employee_id, module_id, origin, origin_ref, reason, assigned_by, assigned_at,
                                                 due_on, status, version, announcement)
                values (?, ?, ?, 'MANUAL', 'fault test', 'Fault test', 'fault test', utc_timestamp(6), %s, 'OPEN', 0, 'SILENT')
                """.formatted(dueSql)).params(id, employee, module).update();
    }

    /** A block of ids from a fresh {@code nextval}; the sequence is moved past it. */
    private long block(String sequence, long size) {
        long base = jdbc.sql("select nextval(" + sequence + ")").query(Long.class).single();
        jdbc.sql("select setval(" + sequence + ", " + (base + size + 50) + ")").query(Long.class).single();
        return base;
    }

    int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
