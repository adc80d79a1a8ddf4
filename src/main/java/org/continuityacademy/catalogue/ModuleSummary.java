package org.continuityacademy.catalogue;

import java.util.List;

/**
 * A module as the catalogue lists it.
 *
 * @param waitingProblems problems in the module's folder at the last load: a newer version was refused
 *                        and this one is still served
 */
public record ModuleSummary(String id, String title, String version, String summary, List<String> audience,
                            int estimatedMinutes, int validityMonths, int passMark, int questionsPerAttempt,
                            int questionCount, boolean retired, List<String> waitingProblems) {
}
