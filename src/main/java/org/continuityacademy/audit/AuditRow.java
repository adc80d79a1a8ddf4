package org.continuityacademy.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An audit entry as the audit view shows it; states are "field: value" lines. */
public record AuditRow(long id, Instant at, String actor, String action, String subjectType, String subjectId,
                       String summary, @Nullable String before, @Nullable String after) {
}
