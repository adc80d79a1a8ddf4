package org.continuityacademy.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A valid training module as read from its folder: header, Markdown text, question bank and images.
 *
 * @param moduleText    module.md exactly as read (front matter and Markdown)
 * @param questionsText questions.yaml exactly as read
 * @param contentHash   SHA-256 over the text, the bank and the images: names the exact content taken
 */
public record ModuleDefinition(String id, String title, SemVer version, String summary, List<String> audience,
                               int estimatedMinutes, int validityMonths, int passMark, int questionsPerAttempt,
                               int maxAttempts, int cooldownMinutes, String markdown, List<Question> questions,
                               Map<String, byte[]> assets, String moduleText, String questionsText,
                               String contentHash) {
}
