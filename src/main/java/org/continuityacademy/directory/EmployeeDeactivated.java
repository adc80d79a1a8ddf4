package org.continuityacademy.directory;

/** HR's list says a person has left: their continuity roles end and the roles they held may fall vacant. */
public record EmployeeDeactivated(long employeeId, String employeeNumber, String name) {
}
