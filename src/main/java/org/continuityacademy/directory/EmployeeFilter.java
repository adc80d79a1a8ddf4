package org.continuityacademy.directory;

import org.jspecify.annotations.Nullable;

/**
 * What the employee search narrows by; {@code null} parts do not narrow.
 *
 * @param text         part of a name, e-mail or employee number
 * @param departmentId the department
 * @param active       current employees ({@code true}), leavers ({@code false}) or both ({@code null})
 * @param location     the location, exactly
 */
public record EmployeeFilter(@Nullable String text, @Nullable Long departmentId, @Nullable Boolean active,
                             @Nullable String location) {

    public EmployeeFilter(@Nullable String text, @Nullable Long departmentId, @Nullable Boolean active) {
        this(text, departmentId, active, null);
    }

    public static EmployeeFilter activeOnly() {
        return new EmployeeFilter(null, null, true);
    }
}
