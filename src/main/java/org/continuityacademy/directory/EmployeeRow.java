package org.continuityacademy.directory;

import org.jspecify.annotations.Nullable;

/** One employee as lists show them. */
public record EmployeeRow(long id, String employeeNumber, String firstName, String lastName, String email,
                          @Nullable String department, @Nullable String managerFirstName,
                          @Nullable String managerLastName, @Nullable String location, boolean active) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public @Nullable String managerName() {
        return managerFirstName == null ? null : managerFirstName + " " + managerLastName;
    }
}
