package org.continuityacademy.training;

import java.time.Instant;

/** Someone passed a module: a completion of that exact version now counts until it expires. */
public record ModuleCompleted(long completionId, long employeeId, String moduleId, long moduleVersionId,
                              String moduleVersion, int score, Instant expiresAt) {
}
