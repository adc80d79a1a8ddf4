package org.continuityacademy.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.catalogue.ModuleVersionReleased;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps completions current without anyone remembering to:
 * <ul>
 *   <li>a daily sweep gives a refresher assignment for each completion that expires within the window
 *       (default 30 days), once per completion, due on its expiry date (the day it expires in the
 *       organisation's time zone) — for modules the person's current roles (or "All staff") still require;</li>
 *   <li>a new major version of a module gives a re-training assignment to the people whose roles require
 *       it and whose current completion is of an older major version; nobody else. A version that corrects wrong
 *       teaching ({@code retrain: true} in its front matter) does the same for completions of any older version.</li>
 * </ul>
 * Both are set-based SQL (the bulk path of training assignments) and run for the system, not a person; the new
 * assignments wait to be announced ({@link AssignmentAnnouncements}).
 * "Already open?" is one lookup of the unique {@code open_key}, and "refreshed already?" uses
 * {@code (origin, origin_ref)} (V19): at 100,000 people both were scans of every assignment.
 */
@Component
class Recertification {

    private static final Logger log = LoggerFactory.getLogger(Recertification.class);

    /** Modules the employee's current roles require, "All staff" included; {@code c} is the completion. */
    private static final String STILL_REQUIRED = """
            exists (select 1 from training_module_role r
                    where r.module_id = c.module_id
                      and (r.role_key = 'all-staff' or exists (select 1 from role_assignment ra
                           where ra.employee_id = c.employee_id and ra.ended_at is null and ra.role_key = r.role_key)))""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final int windowDays;
    private final int retrainingDays;
    private final Messages messages;
    private final Clock clock;
    private final ColumnSizes columnSizes;

    Recertification(JdbcClient jdbc, AuditTrail audit,
                    @Value("${academy.training.refresher-window-days:30}") int windowDays,
                    @Value("${academy.training.due-days.organisation:30}") int retrainingDays,
                    Messages messages, Clock clock, ColumnSizes columnSizes) {
        this.jdbc = jdbc;
        this.columnSizes = columnSizes;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.windowDays = windowDays;
        this.retrainingDays = retrainingDays;
    }

    /** Refresher assignments for completions expiring soon; returns how many were made. Safe to repeat. */
    @Transactional
    int sweep() {
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(windowDays));
        int created = jdbc.sql("""
                insert ignore into training_assignment (id, employee_id, module_id, origin, origin_ref, reason, assigned_by,
                                                        assigned_at, due_on, status, version, announcement)
                select nextval(training_assignment_seq), c.employee_id, c.module_id, 'REFRESHER', concat('completion:', c.id),
                       :reason, 'system', :now, """ + localDay("c.expires_at", now, until, clock.getZone()) + """
                       , 'OPEN', 0, 'PENDING'
                from training_completion c
                join employee e on e.id = c.employee_id and e.active = true
                join training_module m on m.module_id = c.module_id and m.retired = false
                where c.expires_at > :now and c.expires_at <= :until
                  -- the person's latest completion of the module: an older one needs no refresher
                  and not exists (select 1 from training_completion newer where newer.employee_id = c.employee_id
                                  and newer.module_id = c.module_id and newer.expires_at > c.expires_at)
                  and not exists (select 1 from training_assignment done where done.origin = 'REFRESHER'
                                  and done.origin_ref = concat('completion:', c.id))
                  and not exists (select 1 from training_assignment open_one
                                  where open_one.open_key = concat(c.employee_id, ':', c.module_id))
                  and """ + " " + STILL_REQUIRED)
                .param("now", UtcText.of(now)).param("until", UtcText.of(until))
                // the reason stays with the record, in the organisation's language
                .param("reason", messages.get(messages.organisationLocale(), "training.reason.refresher")).update();
        if (created > 0) {
            audit.record("refreshers assigned", "training-assignment", "sweep " + LocalDate.now(clock),
                    created + " refresher assignment(s) for completions expiring within " + windowDays + " days", null, null);
            log.info("Recertification sweep: {} refresher assignment(s)", created);
        }
        return created;
    }

    /**
     * A new major version, or a version that corrects wrong teaching ({@code retrain: true}): re-training for holders of
     * older completions whose roles require the module.
     */
    @ApplicationModuleListener
    void on(ModuleVersionReleased released) {
        if (released.majorChange()) {
            retrain(released.moduleId(), released.version());
        } else if (released.retrain()) {
            correct(released.moduleId(), released.version(), released.note());
        }
    }

    /** A new major version: holders of a completion of an older major version re-train. */
    @Transactional
    int retrain(String moduleId, String version) {
        int major = Integer.parseInt(version.substring(0, version.indexOf('.')));
        // "older than M.0.0" is "of a major version below M"
        return retrain(moduleId, version, new int[] {major, 0, 0},
                messages.get(messages.organisationLocale(), "training.reason.retraining", version));
    }

    /**
     * A correction of wrong teaching in a version that is not a new major one: holders of a completion of any version
     * before it re-train, exactly as after a major version; the change log's note, when there is one, says why.
     */
    @Transactional
    int correct(String moduleId, String version, @Nullable String note) {
        String[] parts = version.split("\\.");
        var locale = messages.organisationLocale();
        String reason = note == null || note.isBlank()
                ? messages.get(locale, "training.reason.correction", version)
                : messages.get(locale, "training.reason.correction-note", version, note.strip());
        return retrain(moduleId, version, new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2])}, reason);
    }

    /**
     * Re-training assignments for the holders whose current completion is of a version before {@code from}
     * (major, minor, patch): the completion's major from its column, minor and patch from its version text.
     */
    private int retrain(String moduleId, String version, int[] from, String reason) {
        Instant now = clock.instant();
        int reasonMax = columnSizes.max("training_assignment", "reason");
        if (ColumnSizes.length(reason) > reasonMax) {
            reason = reason.substring(0, reason.offsetByCodePoints(0, reasonMax - 1)) + "…";
        }
        int created = jdbc.sql("""
                insert ignore into training_assignment (id, employee_id, module_id, origin, origin_ref, reason, assigned_by,
                                                        assigned_at, due_on, status, version, announcement)
                select nextval(training_assignment_seq), c.employee_id, c.module_id, 'RETRAINING', concat('version:', :version),
                       :reason, 'system', :now, :due, 'OPEN', 0, 'PENDING'
                from training_completion c
                join employee e on e.id = c.employee_id and e.active = true
                where c.module_id = :module and c.expires_at > :now and """ + " " + versionOf("c") + """
                       < (:major, :minor, :patch)
                  and not exists (select 1 from training_completion newer where newer.employee_id = c.employee_id
                                  and newer.module_id = c.module_id
                                  and (""" + versionOf("newer") + """
                                        >= (:major, :minor, :patch) or newer.completed_at > c.completed_at))
                  and not exists (select 1 from training_assignment open_one
                                  where open_one.open_key = concat(c.employee_id, ':', c.module_id))
                  and """ + " " + STILL_REQUIRED)
                .param("version", version).param("now", UtcText.of(now)).param("module", moduleId)
                .param("major", from[0]).param("minor", from[1]).param("patch", from[2])
                .param("reason", reason)
                .param("due", java.sql.Date.valueOf(LocalDate.now(clock).plusDays(retrainingDays))).update();
        if (created > 0) {
            audit.record("re-training assigned", "training-assignment", moduleId + " " + version,
                    created + " re-training assignment(s) after " + moduleId + " " + version + " was released", null, null);
        }
        log.info("Module {} {}: {} re-training assignment(s)", moduleId, version, created);
        return created;
    }

    /** A completion's module version as a row that compares like a semantic version: (major, minor, patch). */
    private static String versionOf(String completion) {
        return "(" + completion + ".module_major, cast(substring_index(substring_index(" + completion
                + ".module_version, '.', 2), '.', -1) as unsigned), cast(substring_index(" + completion
                + ".module_version, '.', -1) as unsigned))";
    }

    /**
     * SQL for the day a UTC {@code DATETIME} column's instant falls on in {@code zone}, for instants from
     * {@code from} up to {@code until}: the column plus the zone's offset, with one offset per stretch between
     * daylight-saving changes, so that an expiry just after midnight local time is on the right day on both
     * sides of a change. (MariaDB's {@code convert_tz} with zone names needs time-zone tables a server may lack.)
     */
    static String localDay(String column, Instant from, Instant until, ZoneId zone) {
        var cases = new StringBuilder();
        Instant at = from;
        ZoneOffsetTransition next = zone.getRules().nextTransition(at);
        while (next != null && next.getInstant().isBefore(until)) {
            cases.append(" when ").append(column).append(" < '").append(UtcText.of(next.getInstant())).append("' then ")
                    .append(shifted(column, next.getOffsetBefore().getTotalSeconds()));
            at = next.getInstant();
            next = zone.getRules().nextTransition(at);
        }
        String last = shifted(column, zone.getRules().getOffset(at).getTotalSeconds());
        return cases.isEmpty() ? last : "case" + cases + " else " + last + " end";
    }

    private static String shifted(String column, int offsetSeconds) {
        return "date(date_add(" + column + ", interval " + offsetSeconds + " second))";
    }
}
