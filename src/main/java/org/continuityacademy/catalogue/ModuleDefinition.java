package org.continuityacademy.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A valid training module as read from its folder: header, Markdown text, question bank and images.
 *
 * @param owner         who keeps the module right (a role, "Continuity Manager"); null in files from before owners
 * @param reviewBy      when the module must next be reviewed; null in files from before review dates
 * @param changes       the change log, newest first as written (empty in files from before it)
 * @param retrain       this version corrects wrong teaching: released after another version, it re-trains holders of
 *                      older versions as a new major version does
 * @param moduleText    module.md exactly as read (front matter and Markdown)
 * @param questionsText questions.yaml exactly as read
 * @param contentHash   SHA-256 over the text, the bank and the images: names the exact content taken
 */
public record ModuleDefinition(String id, String title, SemVer version, String summary, List<String> audience,
                               int estimatedMinutes, int validityMonths, int passMark, int questionsPerAttempt,
                               int maxAttempts, int cooldownMinutes, @Nullable String owner, @Nullable LocalDate reviewBy,
                               List<Change> changes, boolean retrain, AnswerReview answers, String markdown, List<Question> questions,
                               Map<String, byte[]> assets, String moduleText, String questionsText,
                               String contentHash) {

    /** A section heading of a module's text: a {@code ##} line. */
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("(?m)^##[ \\t]+(.+?)[ \\t#]*$");

    /** The headings of the module's sections in reading order, as written: what a question's {@code topic} names. */
    public List<String> headings() {
        return headingsOf(markdown);
    }

    static List<String> headingsOf(String markdown) {
        return HEADING.matcher(markdown).results().map(m -> m.group(1).strip()).distinct().toList();
    }

    /** The change log's note for this version, when its newest entry is this version. */
    public @Nullable String changeNote() {
        return changes.isEmpty() || !changes.getFirst().version().equals(version) ? null : changes.getFirst().note();
    }

    /** One entry of a module's change log. */
    public record Change(SemVer version, LocalDate date, String note) {
    }
}
