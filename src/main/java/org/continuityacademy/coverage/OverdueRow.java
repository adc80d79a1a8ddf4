package org.continuityacademy.coverage;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An open assignment past its due date: who, what, how late, and their manager. */
public record OverdueRow(long assignmentId, long employeeId, String name, @Nullable String department,
                         String moduleId, String moduleTitle, LocalDate dueOn, long daysLate, String reason,
                         @Nullable String managerName) {
}
