package org.continuityacademy.coverage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One person and one module their continuity roles require: the people behind a coverage figure. */
public record PairRow(long employeeId, String name, String employeeNumber, @Nullable String department,
                      @Nullable String location, String moduleId, String moduleTitle, PairStatus status,
                      @Nullable Instant lastCompleted, @Nullable Instant validUntil) {
}
