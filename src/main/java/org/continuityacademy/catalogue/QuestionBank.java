package org.continuityacademy.catalogue;

import java.util.List;

/**
 * A module version's questions with their correct answers and explanations: server-side only.
 *
 * @param sections the headings of the module's sections in reading order (what a question's topic names)
 */
public record QuestionBank(ModuleInfo module, List<Question> questions, List<String> sections) {
}
