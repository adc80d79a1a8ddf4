package org.continuityacademy.continuity;

import java.util.List;

/** A person who is the only trained holder of a required role for two or more services. */
public record SinglePointOfCompetence(long employeeId, String employeeName, List<String> services) {
}
