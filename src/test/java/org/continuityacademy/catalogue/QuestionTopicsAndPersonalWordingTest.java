package org.continuityacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A question's topic must be a section heading of its module; its personal wording names the learner's own service
 * and only rewords: the loader refuses what would mislead a learner, with the file and line.
 */
class QuestionTopicsAndPersonalWordingTest {

    static final String QUESTIONS = ContentParserTest.QUESTIONS
            .replace("  - id: one\n    kind: single\n", "  - id: one\n    kind: single\n    topic: First\n")
            .replace("  - id: two\n    kind: true-false\n", """
                      - id: two
                        kind: true-false
                        personal:
                          text: Your service {{service}} must be back within {{service-rto}}. True or false?
                    """);

    @Test
    void a_topic_and_a_personal_wording_are_read() {
        var result = parse(QUESTIONS);
        assertThat(result.allProblems()).isEmpty();
        var questions = result.modules().get("demo-module").questions();
        assertThat(questions.getFirst().topic()).isEqualTo("First");
        Question personal = questions.get(1);
        assertThat(personal.personal()).isNotNull();

        Question worded = personal.personalised(Map.of("service", "Payments Gateway", "service-rto", "30 minutes"));
        assertThat(worded.text()).isEqualTo("Your service Payments Gateway must be back within 30 minutes. True or false?");
        assertThat(worded.correctOptionIds()).isEqualTo(personal.correctOptionIds());
        assertThat(worded.explanation()).isEqualTo(personal.explanation());
        assertThat(questions.getFirst().personalised(Map.of("service", "X"))).isSameAs(questions.getFirst());
    }

    @Test
    void a_topic_that_is_not_a_heading_of_the_module_is_refused_with_its_line_and_the_headings() {
        assertProblem(parse(QUESTIONS.replace("topic: First", "topic: Frist")), 4,
                "topic 'Frist' of question 'one' is not a section heading of module.md (its headings: First)");
    }

    @Test
    void the_general_wording_may_not_name_the_learners_service() {
        assertProblem(parse(QUESTIONS.replace("text: Pick one.", "text: Is {{service}} critical?")), 5,
                "question 'one' names the learner's own service outside its 'personal' wording");
    }

    @Test
    void a_personal_wording_must_name_the_service_and_only_reword_options_the_question_has() {
        assertProblem(parse(QUESTIONS.replace("Your service {{service}} must be back within {{service-rto}}.", "Your service is fine.")),
                null, "the personal wording of question 'two' names no part of the learner's service");
        String withOptions = QUESTIONS.replace("    topic: First\n", """
                    topic: First
                    personal:
                      text: For {{service}}, pick one.
                      options:
                        z: Not an option of the question.
                """);
        assertProblem(parse(withOptions), null, "the personal wording names option 'z', which question 'one' does not have");
    }

    @Test
    void an_unknown_personal_placeholder_is_refused_like_any_other() {
        assertProblem(parse(QUESTIONS.replace("{{service-rto}}", "{{service-eta}}")), null, "unknown placeholder {{service-eta}}");
    }

    private static ContentParser.Result parse(String questions) {
        return new ContentParser().parse(ContentParserTest.files(ContentParserTest.MODULE, questions));
    }

    private static void assertProblem(ContentParser.Result result, Integer line, String message) {
        assertThat(result.allProblems()).as("problems").anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("modules/demo-module/questions.yaml");
            assertThat(ContentParserTest.text(p)).contains(message);
            if (line != null) {
                assertThat(p.line()).isEqualTo(line);
            }
        });
        assertThat(result.modules()).doesNotContainKey("demo-module");
    }
}
