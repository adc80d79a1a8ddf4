package org.continuityacademy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes fixture rows straight into the database for tests that need a small, known world: fresh
 * employees (nobody else's tests touch them) and completions with chosen expiry dates. "Now" is the
 * application's (test) clock; instants are written as UTC text, so the JVM's time zone never shifts them.
 */
public final class TestRecords {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Clock clock;

    public TestRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An instant as the UTC text a DATETIME(6) column holds. */
    public static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** A new active employee; ids come from the same sequence the application uses. */
    public long employee(String firstName, String lastName, @Nullable Long managerId) {
        return employee(firstName, lastName, managerId, null, LocalDate.now(clock).minusYears(1));
    }

    /** A new active employee at a location, hired on a date. */
    public long employee(String firstName, String lastName, @Nullable Long managerId, @Nullable String location, LocalDate hired) {
        long id = jdbc.sql("select nextval(employee_seq)").query(Long.class).single();
        String number = "X" + id;
        jdbc.sql("""
                insert into employee (id, employee_number, first_name, last_name, email, manager_id, location, active, hire_date,
                                      created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?)
                """).params(id, number, firstName, lastName, (firstName + "." + lastName + "." + id + "@example.com").toLowerCase(),
                managerId, location, hired, utc(clock.instant()), utc(clock.instant())).update();
        return id;
    }

    /** A completion of the module's current version, valid until the given time. */
    public long completion(long employeeId, String moduleId, Instant completedAt, Instant expiresAt) {
        long id = jdbc.sql("select nextval(training_completion_seq)").query(Long.class).single();
        var version = jdbc.sql("""
                select v.id, v.version, v.major from training_module m join training_module_version v on v.id = m.current_version_id
                where m.module_id = ?
                """).param(moduleId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)}).single();
        jdbc.sql("""
                insert into training_completion (id, employee_id, module_id, module_version_id, module_version, module_major,
                                                 score, completed_at, expires_at, verification_code)
                values (?, ?, ?, ?, ?, ?, 90, ?, ?, ?)
                """).params(id, employeeId, moduleId, version[0], version[1], version[2], utc(completedAt),
                utc(expiresAt), UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase()).update();
        return id;
    }

    /** An open assignment of a module, made by hand, due on a date. */
    public long assignment(long employeeId, String moduleId, Instant assignedAt, LocalDate dueOn) {
        long id = jdbc.sql("select nextval(training_assignment_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into training_assignment (id, employee_id, module_id, origin, reason, assigned_by, assigned_at, due_on, status)
                values (?, ?, ?, 'MANUAL', 'fixture', 'test', ?, ?, 'OPEN')
                """).params(id, employeeId, moduleId, utc(assignedAt), dueOn).update();
        return id;
    }

    /** A submitted quiz attempt below the pass mark, for an assignment, on the module's current version. */
    public long failedAttempt(long employeeId, String moduleId, long assignmentId, int score, Instant submittedAt) {
        long id = jdbc.sql("select nextval(quiz_attempt_seq)").query(Long.class).single();
        long version = jdbc.sql("select current_version_id from training_module where module_id = ?").param(moduleId)
                .query(Long.class).single();
        jdbc.sql("""
                insert into quiz_attempt (id, employee_id, module_id, module_version_id, assignment_id, status, drawn, question_count,
                                          correct_count, score, started_at, submitted_at)
                values (?, ?, ?, ?, ?, 'FAILED', '', 10, ?, ?, ?, ?)
                """).params(id, employeeId, moduleId, version, assignmentId, score / 10, score,
                utc(submittedAt.minusSeconds(600)), utc(submittedAt)).update();
        return id;
    }

    public long employeeId(String employeeNumber) {
        return jdbc.sql("select id from employee where employee_number = ?").param(employeeNumber).query(Long.class).single();
    }

    /**
     * An older (or other) version of a module, published at a chosen time, with the current version's text;
     * the module keeps serving its current version.
     */
    public long moduleVersion(String moduleId, String version, Instant publishedAt) {
        long id = jdbc.sql("select nextval(training_module_version_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into training_module_version (id, module_id, version, major, content_hash, title, module_text, questions_text, loaded_at)
                select ?, v.module_id, ?, ?, ?, v.title, v.module_text, v.questions_text, ?
                from training_module m join training_module_version v on v.id = m.current_version_id where m.module_id = ?
                """).params(id, version, Integer.parseInt(version.substring(0, version.indexOf('.'))),
                (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""), utc(publishedAt), moduleId).update();
        return id;
    }

    /** A completion of a chosen module version with a chosen score. */
    public long completion(long employeeId, long moduleVersionId, int score, Instant completedAt, Instant expiresAt) {
        long id = jdbc.sql("select nextval(training_completion_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into training_completion (id, employee_id, module_id, module_version_id, module_version, module_major,
                                                 score, completed_at, expires_at, verification_code)
                select ?, ?, v.module_id, v.id, v.version, v.major, ?, ?, ?, ?
                from training_module_version v where v.id = ?
                """).params(id, employeeId, score, utc(completedAt), utc(expiresAt),
                UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(), moduleVersionId).update();
        return id;
    }
}
