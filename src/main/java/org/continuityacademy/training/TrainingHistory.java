package org.continuityacademy.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.ModuleInfo;
import org.continuityacademy.security.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training records for other systems (the REST API): anyone's assignments and completions page by page,
 * and the learning events (completions, failed quiz attempts) in time order. Nothing here is scoped to
 * a reporting line: its callers read for the whole organisation.
 */
@Service
@Transactional(readOnly = true)
public class TrainingHistory {

    /**
     * Completions (twice: the quiz passed, the module completed) and failed attempts, with the title and
     * version of the exact module version taken (a read of the catalogue's {@code training_module_version}).
     */
    private static final String EVENTS = """
            select e.kind, e.rank_in_moment, e.record_id, e.employee_id, e.module_id, v.title, v.version, e.score, e.happened_at
            from (
              select 'QUIZ_PASSED' as kind, 0 as rank_in_moment, c.id as record_id, c.employee_id, c.module_id,
                     c.module_version_id, c.score, c.completed_at as happened_at
              from training_completion c where c.completed_at > :since
              union all
              select 'MODULE_COMPLETED', 1, c.id, c.employee_id, c.module_id, c.module_version_id, c.score, c.completed_at
              from training_completion c where c.completed_at > :since
              union all
              select 'QUIZ_FAILED', 2, a.id, a.employee_id, a.module_id, a.module_version_id, coalesce(a.score, 0), a.submitted_at
              from quiz_attempt a where a.status = 'FAILED' and a.submitted_at > :since
            ) e
            join training_module_version v on v.id = e.module_version_id
            order by e.happened_at, e.rank_in_moment, e.record_id
            limit :limit offset :offset
            """;

    /** Before anything the app can have recorded: "since the beginning". */
    private static final Instant BEGINNING = LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private final TrainingAssignments assignments;
    private final Completions completions;
    private final Catalogue catalogue;
    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingHistory(TrainingAssignments assignments, Completions completions, Catalogue catalogue, JdbcClient jdbc, Clock clock) {
        this.assignments = assignments;
        this.completions = completions;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A person's assignments, oldest first (open and closed), with the module's current title; overdue as of the organisation's today. */
    @PreAuthorize(Access.TRAINING_RECORD_READERS)
    public List<TrainingAssignmentRow> assignments(long employeeId, int page, int size) {
        var rows = assignments.findByEmployeeId(employeeId, PageRequest.of(page, size, Sort.by("assignedAt", "id")));
        Map<String, ModuleInfo> modules = modules(rows.stream().map(TrainingAssignment::getModuleId).toList());
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(a -> a.row(title(modules, a.getModuleId()), today)).toList();
    }

    @PreAuthorize(Access.TRAINING_RECORD_READERS)
    public long countAssignments(long employeeId) {
        return assignments.countByEmployeeId(employeeId);
    }

    /** A person's completions, oldest first, expired ones included. */
    @PreAuthorize(Access.TRAINING_RECORD_READERS)
    public List<CompletionRow> completions(long employeeId, int page, int size) {
        var rows = completions.findByEmployeeId(employeeId, PageRequest.of(page, size, Sort.by("completedAt", "id")));
        Map<String, ModuleInfo> modules = modules(rows.stream().map(Completion::getModuleId).toList());
        return rows.stream().map(c -> c.row(title(modules, c.getModuleId()))).toList();
    }

    @PreAuthorize(Access.TRAINING_RECORD_READERS)
    public long countCompletions(long employeeId) {
        return completions.countByEmployeeId(employeeId);
    }

    /**
     * Learning events after {@code since} (all when null), oldest first; events of the same moment in
     * the order of {@link LearningEvent.Kind}, then by record, so the order is the same on every call.
     */
    @PreAuthorize(Access.LEARNING_EVENT_READERS)
    public List<LearningEvent> events(@Nullable Instant since, long offset, int limit) {
        return jdbc.sql(EVENTS)
                // DATETIME columns hold UTC: since is compared as UTC text, whatever the JVM's time zone
                .param("since", UtcText.of(since == null ? BEGINNING : since))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new LearningEvent(LearningEvent.Kind.valueOf(rs.getString("kind")), rs.getLong("record_id"),
                        rs.getLong("employee_id"), rs.getString("module_id"), rs.getString("title"), rs.getString("version"),
                        rs.getInt("score"), rs.getTimestamp("happened_at", utc()).toInstant()))
                .list();
    }

    /** A calendar that reads the columns as the UTC they hold, whatever the JVM's time zone. */
    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    private Map<String, ModuleInfo> modules(List<String> moduleIds) {
        return moduleIds.isEmpty() ? Map.of() : catalogue.moduleInfo(new HashSet<>(moduleIds));
    }

    private static String title(Map<String, ModuleInfo> modules, String moduleId) {
        ModuleInfo info = modules.get(moduleId);
        return info == null ? moduleId : info.title();
    }
}
