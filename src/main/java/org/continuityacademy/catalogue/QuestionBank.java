package org.continuityacademy.catalogue;

import java.util.List;

/** A module version's questions with their correct answers and explanations: server-side only. */
public record QuestionBank(ModuleInfo module, List<Question> questions) {
}
