package org.continuityacademy.continuity;

import java.time.Instant;

/** An open vacancy as the alert lists show it. */
public record VacancyRow(long id, long serviceId, String serviceName, String roleKey, String roleName, Position position,
                         String previousHolder, String reason, Instant vacatedAt) {
}
