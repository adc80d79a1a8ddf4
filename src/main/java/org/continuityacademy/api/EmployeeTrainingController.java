package org.continuityacademy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.training.AssignmentOrigin;
import org.continuityacademy.training.CompletionRow;
import org.continuityacademy.training.TrainingAssignmentRow;
import org.continuityacademy.training.TrainingHistory;
import org.continuityacademy.training.TrainingState;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One employee's assignments and completions (scope "training-records"), leavers included. */
@RestController
@Tag(name = "Training records", description = "Each employee's assignments and completions (scope: training-records)")
@SecurityRequirement(name = ApiDocumentation.BEARER)
class EmployeeTrainingController {

    private final EmployeeDirectory directory;
    private final TrainingHistory history;
    private final Clock clock;

    EmployeeTrainingController(EmployeeDirectory directory, TrainingHistory history, Clock clock) {
        this.directory = directory;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/api/v1/employees/{id}/assignments")
    @Operation(summary = "An employee's assignments", description = "Open and closed, oldest first. 404 for an unknown id.")
    EmployeePage<AssignmentItem> assignments(
            @Parameter(description = "The employee's id") @PathVariable long id,
            @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, at most 500 (larger sizes are cut to 500)")
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        var paging = Paging.of(page, size);
        var employee = employee(id);
        var items = history.assignments(id, paging.page(), paging.size()).stream().map(EmployeeTrainingController::item).toList();
        return EmployeePage.of(employee, paging.page(items, history.countAssignments(id)));
    }

    @GetMapping("/api/v1/employees/{id}/completions")
    @Operation(summary = "An employee's completions",
            description = "Every completion, oldest first, with the exact module version and until when it counts. "
                    + "404 for an unknown id.")
    EmployeePage<CompletionItem> completions(
            @Parameter(description = "The employee's id") @PathVariable long id,
            @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, at most 500 (larger sizes are cut to 500)")
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        var paging = Paging.of(page, size);
        var employee = employee(id);
        Instant now = clock.instant();
        var items = history.completions(id, paging.page(), paging.size()).stream().map(c -> item(c, now)).toList();
        return EmployeePage.of(employee, paging.page(items, history.countCompletions(id)));
    }

    private EmployeeItem employee(long id) {
        EmployeeRow row = directory.employees(List.of(id)).get(id);
        if (row == null) {
            throw new NotFound("There is no employee with this id.");
        }
        return new EmployeeItem(row.id(), row.employeeNumber(), row.email(), row.fullName(), row.active());
    }

    private static AssignmentItem item(TrainingAssignmentRow a) {
        return new AssignmentItem(a.id(), a.moduleId(), a.moduleTitle(), a.state(), a.origin(), a.reason(), a.assignedAt(),
                a.dueOn(), a.startedAt(), a.closedAt(), a.closeReason(), a.completionId());
    }

    private static CompletionItem item(CompletionRow c, Instant now) {
        return new CompletionItem(c.id(), c.moduleId(), c.moduleTitle(), c.moduleVersion(), c.score(), c.completedAt(),
                c.expiresAt(), c.current(now));
    }

    /** A page of one employee's records, with the employee they belong to. */
    record EmployeePage<T>(EmployeeItem employee, List<T> items, ApiPage.PageInfo page) {

        static <T> EmployeePage<T> of(EmployeeItem employee, ApiPage<T> page) {
            return new EmployeePage<>(employee, page.items(), page.page());
        }
    }

    /** @param active false for a leaver */
    record EmployeeItem(long id, String employeeNumber, String email, String name, boolean active) {
    }

    /**
     * @param state  ASSIGNED, IN_PROGRESS, OVERDUE, COMPLETED or WAIVED
     * @param origin why it was assigned: ROLE, MANUAL, CAMPAIGN, REFRESHER, …
     */
    record AssignmentItem(long id, String moduleId, String moduleTitle, TrainingState state, AssignmentOrigin origin,
                          String reason, Instant assignedAt, LocalDate dueOn, @Nullable Instant startedAt,
                          @Nullable Instant closedAt, @Nullable String closeReason, @Nullable Long completionId) {
    }

    /** @param current whether the completion still counts (its expiry is in the future) */
    record CompletionItem(long id, String moduleId, String moduleTitle, String moduleVersion, int score, Instant completedAt,
                          Instant expiresAt, boolean current) {
    }
}
