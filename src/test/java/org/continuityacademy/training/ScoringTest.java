package org.continuityacademy.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.continuityacademy.catalogue.Question;
import org.continuityacademy.catalogue.QuestionKind;
import org.junit.jupiter.api.Test;

class ScoringTest {

    static Question question(QuestionKind kind, boolean multiple, String... correct) {
        var correctSet = Set.of(correct);
        var options = (kind == QuestionKind.TRUE_FALSE ? List.of("true", "false") : List.of("a", "b", "c", "d")).stream()
                .map(id -> new Question.Option(id, "Option " + id, correctSet.contains(id))).toList();
        return new Question("q", kind, kind == QuestionKind.SCENARIO ? "The data centre floods." : null, multiple, "Which?",
                options, "Because.");
    }

    @Test
    void a_single_choice_question_is_right_with_its_one_correct_option_only() {
        var q = question(QuestionKind.SINGLE, false, "b");
        assertThat(Scoring.isRight(q, Set.of("b"))).isTrue();
        assertThat(Scoring.isRight(q, Set.of("a"))).isFalse();
        assertThat(Scoring.isRight(q, Set.of())).isFalse();
    }

    @Test
    void a_multiple_choice_question_scores_all_or_nothing() {
        var q = question(QuestionKind.MULTIPLE, true, "a", "c");
        assertThat(Scoring.isRight(q, Set.of("a", "c"))).isTrue();
        assertThat(Scoring.isRight(q, Set.of("a"))).as("one of two correct options").isFalse();
        assertThat(Scoring.isRight(q, Set.of("a", "c", "d"))).as("both correct plus a wrong one").isFalse();
        assertThat(Scoring.isRight(q, Set.of())).isFalse();
    }

    @Test
    void a_true_false_question_is_right_with_the_answer() {
        var q = question(QuestionKind.TRUE_FALSE, false, "false");
        assertThat(Scoring.isRight(q, Set.of("false"))).isTrue();
        assertThat(Scoring.isRight(q, Set.of("true"))).isFalse();
    }

    @Test
    void a_scenario_question_scores_like_its_answer_style() {
        assertThat(Scoring.isRight(question(QuestionKind.SCENARIO, false, "d"), Set.of("d"))).isTrue();
        var multiple = question(QuestionKind.SCENARIO, true, "b", "d");
        assertThat(Scoring.isRight(multiple, Set.of("b", "d"))).isTrue();
        assertThat(Scoring.isRight(multiple, Set.of("d"))).isFalse();
    }

    @Test
    void exactly_the_pass_mark_passes_and_one_short_fails() {
        assertThat(Scoring.passed(4, 5, 80)).as("80% of 80").isTrue();
        assertThat(Scoring.passed(3, 5, 60)).as("60% of 60").isTrue();
        assertThat(Scoring.passed(3, 4, 80)).as("75% of 80").isFalse();
        assertThat(Scoring.passed(6, 8, 80)).as("75% of 80").isFalse();
        assertThat(Scoring.passed(7, 8, 80)).as("87.5% of 80").isTrue();
        assertThat(Scoring.passed(0, 0, 0)).as("no questions").isFalse();
        assertThat(Scoring.percent(7, 8)).as("rounded down, never up to a pass").isEqualTo(87);
        assertThat(Scoring.percent(79, 100)).isEqualTo(79);
    }
}
