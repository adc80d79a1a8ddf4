package org.continuityacademy.catalogue;

import java.util.List;

/**
 * What other modules need to know about the version a module serves now: enough to assign it, list it
 * and record a completion of it. No question texts and no answers.
 */
public record ModuleInfo(String id, String title, long versionId, String version, int major, String summary,
                         List<String> audience, int estimatedMinutes, int validityMonths, int passMark,
                         int questionsPerAttempt, int maxAttempts, int cooldownMinutes, boolean retired,
                         AnswerReview answers) {
}
