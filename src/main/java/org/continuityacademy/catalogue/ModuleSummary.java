package org.continuityacademy.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A module as the catalogue lists it.
 *
 * @param owner           who keeps the module right, null when the front matter does not say
 * @param reviewBy        when the module is next reviewed, null when the front matter does not say
 * @param waitingProblems problems in the module's folder at the last load: a newer version was refused
 *                        and this one is still served
 */
public record ModuleSummary(String id, String title, String version, String summary, List<String> audience,
                            int estimatedMinutes, int validityMonths, int passMark, int questionsPerAttempt,
                            int questionCount, @Nullable String owner, @Nullable LocalDate reviewBy, boolean retired,
                            List<String> waitingProblems) {
}
