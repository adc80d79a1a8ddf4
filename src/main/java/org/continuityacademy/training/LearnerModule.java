package org.continuityacademy.training;

import org.continuityacademy.catalogue.ModuleReading;
import org.jspecify.annotations.Nullable;

/**
 * A module opened by the learner it is assigned to.
 *
 * @param assignment the open assignment, or the latest closed one when re-reading
 * @param resumeAt   the section where the learner stopped reading last time
 */
public record LearnerModule(ModuleReading reading, @Nullable TrainingAssignmentRow assignment, int resumeAt) {
}
