package org.continuityacademy.training;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** An open attempt to show: its questions (without answers) and what the learner has chosen so far. */
public record AttemptView(long attemptId, long assignmentId, String moduleId, String moduleTitle, String moduleVersion,
                          int passMark, int attemptNumber, int maxAttempts, List<QuizQuestion> questions,
                          Map<String, Set<String>> chosen) {
}
