package org.continuityacademy.training;

import java.time.Instant;

/**
 * Something a learner did that a learning record store wants to know, with the exact module version
 * it concerned. A completion is two events at the same moment, the quiz passed and the module
 * completed (a completion is only ever written by a pass); a failed quiz attempt is one.
 *
 * @param recordId the completion's id, or the quiz attempt's for {@link Kind#QUIZ_FAILED}
 * @param score    the quiz score in percent
 */
public record LearningEvent(Kind kind, long recordId, long employeeId, String moduleId, String moduleTitle,
                            String moduleVersion, int score, Instant at) {

    /** In the order events of the same moment are listed. */
    public enum Kind {
        QUIZ_PASSED, MODULE_COMPLETED, QUIZ_FAILED
    }
}
