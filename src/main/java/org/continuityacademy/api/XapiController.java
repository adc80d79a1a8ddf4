package org.continuityacademy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.continuityacademy.training.TrainingHistory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Completions and failed quiz attempts as xAPI statements, oldest first (scope "xapi"). */
@RestController
@Tag(name = "xAPI", description = "Learning records as xAPI 1.0.3 statements, for a learning record store (scope: xapi)")
@SecurityRequirement(name = ApiDocumentation.BEARER)
class XapiController {

    private final TrainingHistory history;
    private final XapiStatements statements;

    XapiController(TrainingHistory history, XapiStatements statements) {
        this.history = history;
        this.statements = statements;
    }

    @GetMapping("/api/v1/xapi/statements")
    @Operation(summary = "Statements, oldest first",
            description = "A completion gives two statements at the same moment: 'passed' (the module's quiz, with the "
                    + "score) and 'completed' (the module). A failed quiz attempt gives 'failed'. Follow 'more' for the "
                    + "next page; it is empty on the last page. To fetch only what is new, pass the timestamp of the "
                    + "newest statement you have as 'since'.")
    ResponseEntity<Xapi.StatementResult> statements(
            @Parameter(description = "Only statements after this moment (exclusive), ISO 8601 with a time zone, "
                    + "e.g. 2026-01-31T00:00:00Z") @RequestParam(required = false) @Nullable String since,
            @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, at most 500 (larger sizes are cut to 500)")
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        Instant from = since == null || since.isBlank() ? null : instant(since);
        var paging = Paging.of(page, size);
        // one more than asked for tells whether there is a next page without counting the whole feed
        var events = history.events(from, paging.offset(), paging.size() + 1);
        boolean more = events.size() > paging.size();
        var result = new Xapi.StatementResult(statements.of(more ? events.subList(0, paging.size()) : events),
                more ? next(since, paging) : "");
        return ResponseEntity.ok().header(Xapi.VERSION_HEADER, Xapi.VERSION).body(result);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameter("since", "Parameter 'since' must be a moment in ISO 8601 with a time zone, "
                    + "e.g. 2026-01-31T00:00:00Z (write '+' in an offset as %2B); got '" + text + "'.");
        }
    }

    private static String next(@Nullable String since, Paging paging) {
        return "/api/v1/xapi/statements?page=" + (paging.page() + 1) + "&size=" + paging.size()
                + (since == null || since.isBlank() ? "" : "&since=" + URLEncoder.encode(since.strip(), StandardCharsets.UTF_8));
    }
}
