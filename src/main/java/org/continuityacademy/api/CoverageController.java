package org.continuityacademy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.continuityacademy.coverage.Coverage;
import org.continuityacademy.coverage.CoverageCount;
import org.continuityacademy.coverage.CoverageFilter;
import org.continuityacademy.coverage.CoverageSlice;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training coverage for the whole organisation (scope "reports"): overall, by department and by continuity
 * role, optionally narrowed like the coverage dashboard. The lists are as long as there are departments and
 * roles, so they are not paged.
 */
@RestController
@Tag(name = "Reports", description = "Coverage and readiness for the whole organisation (scope: reports)")
@SecurityRequirement(name = ApiDocumentation.BEARER)
class CoverageController {

    private final Coverage coverage;

    CoverageController(Coverage coverage) {
        this.coverage = coverage;
    }

    @GetMapping("/api/v1/coverage")
    @Operation(summary = "Training coverage",
            description = "Of the person × module pairs that continuity roles require (everyone holds 'all staff'), how "
                    + "many have a completion that has not expired. Overall a pair counts once; by role it counts for "
                    + "each role that requires it. 'expiring' are current pairs that expire within 30 days.")
    CoverageReport coverage(
            @Parameter(description = "Only people in this department (its id)") @RequestParam(required = false) @Nullable Long departmentId,
            @Parameter(description = "Only people at this location") @RequestParam(required = false) @Nullable String location,
            @Parameter(description = "Only what this continuity role requires, of its holders (e.g. it-recovery-lead)")
            @RequestParam(required = false) @Nullable String role,
            @Parameter(description = "Only this module (its id)") @RequestParam(required = false) @Nullable String module) {
        var filter = CoverageFilter.none().withDepartment(departmentId).withLocation(location)
                .withRole(blankToNull(role)).withModule(blankToNull(module));
        var headline = coverage.headline(filter);
        return new CoverageReport(figures(headline.coverage()), headline.overdue(),
                coverage.byDepartment(filter).stream().map(CoverageController::slice).toList(),
                coverage.byRole(filter).stream().map(CoverageController::slice).toList());
    }

    private static Figures figures(CoverageCount count) {
        return new Figures(count.required(), count.current(), count.expiring(), count.percent());
    }

    private static Slice slice(CoverageSlice slice) {
        var count = slice.count();
        return new Slice(slice.key(), slice.label(), count.required(), count.current(), count.expiring(), count.percent());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** @param overdueAssignments open assignments past their due date, of the people in the figures */
    record CoverageReport(Figures overall, long overdueAssignments, List<Slice> byDepartment, List<Slice> byRole) {
    }

    /** @param percent current / required, 0–100, rounded down (0 when nothing is required) */
    record Figures(long required, long current, long expiring, int percent) {
    }

    /**
     * @param key  the department's id ("0" for people without one) or the role's key
     * @param name the department's or role's name
     */
    record Slice(String key, String name, long required, long current, long expiring, int percent) {
    }
}
