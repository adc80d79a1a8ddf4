package org.continuityacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the quiz lint warns about, and what it lets pass. */
class ContentLintTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void a_balanced_bank_three_times_the_draw_gets_no_warning() {
        assertThat(check(List.of(balanced("m1", "")))).isEmpty();
    }

    @Test
    void a_bank_smaller_than_three_draws_is_named_with_how_many_it_needs() {
        var module = module("small", 10, balanced("x", "").questions().subList(0, 29));
        assertThat(keys(check(List.of(module)))).containsExactly("content.lint.bank-small");
        assertThat(check(List.of(module)).getFirst().what().args()).containsExactly(29, 10, 30);
    }

    @Test
    void the_right_option_being_the_longest_too_often_is_a_cue() {
        var questions = new ArrayList<>(balanced("cue", "").questions());
        // every single-answer question: the right option the longest
        questions.replaceAll(q -> q.kind() == QuestionKind.SINGLE ? single(q.id(), true) : q);
        assertThat(keys(check(List.of(module("cue", 10, questions))))).containsExactly("content.lint.longest-correct");
    }

    @Test
    void true_false_answered_mostly_one_way_is_named() {
        var questions = new ArrayList<>(balanced("tf", "").questions());
        questions.replaceAll(q -> q.kind() == QuestionKind.TRUE_FALSE ? trueFalse(q.id(), false) : q);
        assertThat(keys(check(List.of(module("tf", 10, questions))))).containsExactly("content.lint.false-share");
    }

    @Test
    void multiple_answer_questions_that_are_always_all_but_one_are_named() {
        var questions = new ArrayList<>(balanced("multi", "").questions());
        questions.replaceAll(q -> q.kind() == QuestionKind.MULTIPLE ? multiple(q.id(), 3) : q);
        assertThat(keys(check(List.of(module("multi", 10, questions))))).containsExactly("content.lint.all-but-one");
    }

    @Test
    void the_same_question_in_two_modules_is_named_with_where_it_is_asked_first() {
        var warnings = check(List.of(balanced("first", ""), balanced("second", "")));
        assertThat(keys(warnings)).containsOnly("content.lint.duplicate").hasSize(30);
        assertThat(warnings.getFirst().file()).isEqualTo("modules/second/questions.yaml");
        assertThat(warnings.getFirst().what().args()).containsExactly("second-1", "first: first-1");
    }

    @Test
    void a_module_without_owner_review_date_or_change_log_is_named_in_its_module_file() {
        var fair = balanced("upkeep", "");
        var bare = new ModuleDefinition(fair.id(), fair.title(), fair.version(), fair.summary(), fair.audience(),
                fair.estimatedMinutes(), fair.validityMonths(), fair.passMark(), fair.questionsPerAttempt(), fair.maxAttempts(),
                fair.cooldownMinutes(), null, null, List.of(), false, AnswerReview.AFTER_PASS_OR_LAST_ATTEMPT, fair.markdown(), fair.questions(), Map.of(), "", "", "hash");
        var warnings = check(List.of(bare));
        assertThat(keys(warnings)).containsExactly("content.lint.owner-missing", "content.lint.review-missing",
                "content.lint.changes-missing");
        assertThat(warnings).allSatisfy(w -> assertThat(w.file()).isEqualTo("modules/upkeep/module.md"));
    }

    @Test
    void a_review_date_that_has_passed_is_named_from_the_day_after_it() {
        var module = upkept("late", TODAY.minusDays(1), List.of(new ModuleDefinition.Change(new SemVer(1, 0, 0), TODAY, "First")));
        assertThat(keys(check(List.of(module)))).containsExactly("content.lint.review-passed");
        assertThat(check(List.of(module)).getFirst().what().args()).containsExactly(TODAY.minusDays(1).toString());
        assertThat(check(List.of(module)).getFirst().line()).isEqualTo(2);
        // due today is not late yet
        assertThat(ContentLint.check(List.of(module), TODAY.minusDays(1), null)).isEmpty();
    }

    @Test
    void a_change_log_whose_newest_entry_is_not_the_module_version_or_is_out_of_order_is_named() {
        var stale = upkeep(TODAY.plusMonths(6), List.of(new ModuleDefinition.Change(new SemVer(0, 9, 0), TODAY, "Older")));
        assertThat(keys(check(List.of(stale)))).containsExactly("content.lint.changes-version");
        assertThat(check(List.of(stale)).getFirst().what().args()).containsExactly("0.9.0", "1.0.0");
        var unordered = upkeep(TODAY.plusMonths(6), List.of(new ModuleDefinition.Change(new SemVer(1, 0, 0), TODAY, "New"),
                new ModuleDefinition.Change(new SemVer(0, 9, 0), TODAY, "Older"), new ModuleDefinition.Change(new SemVer(0, 9, 1), TODAY, "?")));
        assertThat(keys(check(List.of(unordered)))).containsExactly("content.lint.changes-order");
    }

    static final String REGISTER = """
            services:
              - { name: Online Banking, tier: 1, rto: 1 hour, rpo: 5 minutes, mtpd: 4 hours }
              - { name: Payments Gateway, tier: 1, rto: 30 minutes, rpo: 0, mtpd: 2 hours }
              - { name: HR and Payroll, tier: 3, rto: 24 hours, rpo: 4 hours, mtpd: 72 hours }
              - { name: Intranet, tier: 3, rto: 48 hours, rpo: 24 hours, mtpd: 7 days }
            """;

    @Test
    void a_figure_that_contradicts_the_example_register_is_named_with_its_line_and_what_the_register_says() {
        var module = withText("""
                ## Our services

                Online Banking has an RTO of 1 hour, an RPO of 5 minutes and an MTPD of 4 hours.
                The **Payments Gateway** (Tier 2, RTO 30 minutes) must be back first.
                HR and Payroll, with its 8-hour RTO, comes later.
                """, List.of());

        var warnings = ContentLint.check(List.of(module), TODAY, register(REGISTER));

        assertThat(warnings).extracting(ContentProblem::where, ContentParserTest::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("modules/figures/module.md:9", "warning: the module text gives Payments Gateway"
                        + " 'Tier 2', but example-register.yaml gives Payments Gateway Tier 1"),
                org.assertj.core.groups.Tuple.tuple("modules/figures/module.md:10", "warning: the module text gives HR and Payroll"
                        + " '8-hour RTO', but example-register.yaml gives HR and Payroll RTO 24 hours"));
    }

    @Test
    void the_ways_the_shipped_text_states_the_right_figures_all_pass() {
        var module = withText("""
                ## Right

                At Harbourline, Online Banking has an RTO of 1 hour, an RPO of 5 minutes and an MTPD of 4 hours; the Payments Gateway has an RTO of 30 minutes, an RPO of zero (no data loss at all) and an MTPD of 2 hours.
                - **Online Banking**, Tier 1: RTO 1 hour, RPO 5 minutes, MTPD 4 hours.
                - **Tier 1**: Payments Gateway (RTO 30 minutes, RPO zero: no data loss, MTPD 2 hours) and Online Banking (RTO one hour, RPO five minutes, MTPD four hours).
                - **Tier 2**, MTPD up to 2 days: the Customer Contact Centre and Email and Collaboration.
                That is fine for the Intranet (RPO 24 hours), not for HR and Payroll (RPO 4 hours), and nowhere near an RPO of zero: the Payments Gateway mirrors.
                The Payments Gateway must be back within 30 minutes (its MTPD, the longest disruption the business can bear, is 2 hours).
                IT proposes a 4-hour RTO for Online Banking, because that is what the current set-up achieves.
                Restoring HR and Payroll takes 30 hours, against its 24-hour RTO, and the Intranet is Tier 3 with 48 hours.
                Online Banking fails at 09:00 and its RTO at 09:50 is met. The Payments Gateway is Tier 1 with a 30-minute RTO.
                Paying for that resilience on the Intranet would waste money; doing the reverse would leave a Tier 1 service exposed.
                Spending it on the Intranet would leave a Tier 1 service exposed. Lower the Payments Gateway to Tier 2? No.
                HR and Payroll is a Tier 3 service, the Payments Gateway, a Tier 1 service, and the Intranet (Tier 3).
                """, List.of());

        assertThat(ContentLint.check(List.of(module), TODAY, register(REGISTER))).isEmpty();
    }

    @Test
    void of_a_question_only_what_the_learner_is_told_is_right_is_checked() {
        var wrongOnPurpose = new Question("wrong-option", QuestionKind.SINGLE, "Online Banking is down.", false,
                "What is its RTO?", List.of(new Question.Option("a", "Online Banking has an RTO of 1 hour.", true),
                new Question.Option("b", "Online Banking has an RTO of 4 hours.", false)), "Its RTO is set by the BIA.");
        var falseStatement = new Question("false-statement", QuestionKind.TRUE_FALSE, null, false,
                "The Payments Gateway has an RPO of 5 minutes.", List.of(new Question.Option("true", "True", false),
                new Question.Option("false", "False", true)), "The Payments Gateway has an RPO of zero.");
        var wrongExplanation = new Question("wrong-explanation", QuestionKind.SINGLE, null, false, "Which?",
                List.of(new Question.Option("a", "The Intranet, Tier 2", true), new Question.Option("b", "Another", false)),
                "The Intranet has an MTPD of 2 days.");
        var module = withText("## Nothing\n\nNo figures here.\n", List.of(wrongOnPurpose, falseStatement, wrongExplanation));

        var warnings = ContentLint.check(List.of(module), TODAY, register(REGISTER));

        assertThat(warnings).extracting(ContentProblem::where, ContentParserTest::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("modules/figures/questions.yaml:8", "warning: question 'wrong-explanation'"
                        + " (explanation) gives Intranet 'MTPD of 2 days', but example-register.yaml gives Intranet MTPD 7 days"),
                org.assertj.core.groups.Tuple.tuple("modules/figures/questions.yaml:8", "warning: question 'wrong-explanation'"
                        + " (option a) gives Intranet 'Tier 2', but example-register.yaml gives Intranet Tier 3"));
    }

    @Test
    void an_example_register_with_a_figure_that_is_not_a_duration_is_refused_with_its_line() {
        var problems = new ArrayList<ContentProblem>();
        var register = ExampleRegister.parse(REGISTER.replace("rpo: 0,", "rpo: soon,"), problems);
        assertThat(problems).extracting(ContentProblem::where, ContentParserTest::text).containsExactly(org.assertj.core.groups.Tuple
                .tuple("example-register.yaml:3", "field 'rpo' in service 'Payments Gateway' must be a duration such as 30 minutes,"
                        + " 4 hours, 7 days or 0, not 'soon'"));
        assertThat(register.services()).extracting(ExampleRegister.Service::name).doesNotContain("Payments Gateway").hasSize(3);
    }

    private static ExampleRegister register(String yaml) {
        var problems = new ArrayList<ContentProblem>();
        var register = ExampleRegister.parse(yaml, problems);
        assertThat(problems).isEmpty();
        return register;
    }

    /** A balanced module named "figures" with this text (front matter of five lines) and these questions besides. */
    private static ModuleDefinition withText(String markdown, List<Question> extra) {
        var m = balanced("figures", "");
        var questions = new ArrayList<>(m.questions());
        questions.addAll(extra);
        String moduleText = "---\nid: figures\ntitle: Figures\nversion: 1.0.0\n---\n" + markdown;
        var questionsText = new StringBuilder("questions:\n");
        for (Question q : extra) {
            questionsText.append("  - id: ").append(q.id()).append("\n    kind: single\n    text: see above\n");
        }
        return new ModuleDefinition(m.id(), m.title(), m.version(), m.summary(), m.audience(), m.estimatedMinutes(),
                m.validityMonths(), m.passMark(), m.questionsPerAttempt(), m.maxAttempts(), m.cooldownMinutes(), "Continuity Manager",
                TODAY.plusMonths(6), List.of(new ModuleDefinition.Change(m.version(), TODAY, "First")), false,
                AnswerReview.AFTER_PASS_OR_LAST_ATTEMPT, markdown,
                List.copyOf(questions), Map.of(), moduleText, questionsText.toString(), "hash");
    }

    /** A balanced module with this review date and change log, its front matter's reviewBy on line 2. */
    private static ModuleDefinition upkept(String id, LocalDate reviewBy, List<ModuleDefinition.Change> changes) {
        var m = balanced(id, "");
        return new ModuleDefinition(m.id(), m.title(), m.version(), m.summary(), m.audience(), m.estimatedMinutes(),
                m.validityMonths(), m.passMark(), m.questionsPerAttempt(), m.maxAttempts(), m.cooldownMinutes(), "Continuity Manager",
                reviewBy, changes, false, AnswerReview.AFTER_PASS_OR_LAST_ATTEMPT, m.markdown(), m.questions(), Map.of(), "---\nreviewBy: " + reviewBy + "\n---\n", "", "hash");
    }

    private static ModuleDefinition upkeep(LocalDate reviewBy, List<ModuleDefinition.Change> changes) {
        return upkept("upkeep", reviewBy, changes);
    }

    @Test
    void the_guesser_passes_a_bank_of_cues_and_not_a_balanced_one() {
        var cues = new ArrayList<Question>();
        IntStream.rangeClosed(1, 30).forEach(i -> cues.add(single("c" + i, true)));
        assertThat(ShippedContentTest.guesserPasses(module("cues", 10, cues))).isEqualTo(1.0);
        assertThat(ShippedContentTest.guesserPasses(balanced("fair", ""))).isLessThan(0.05);
    }

    /** The lint as the catalogue runs it on {@link #TODAY}: a fixed day, so no test depends on the date it runs. */
    static List<ContentProblem> check(List<ModuleDefinition> modules) {
        return ContentLint.check(modules, TODAY, null);
    }

    private static List<String> keys(List<ContentProblem> problems) {
        return problems.stream().map(p -> p.what().key()).toList();
    }

    /** 30 questions: 14 single (the right one the longest in 4), 8 true/false (4 false), 8 multiple (2 right of 4). */
    static ModuleDefinition balanced(String id, String words) {
        var questions = new ArrayList<Question>();
        for (int i = 1; i <= 30; i++) {
            String qid = id + "-" + i;
            if (i <= 14) {
                questions.add(single(qid, i <= 4));
            } else if (i <= 22) {
                questions.add(trueFalse(qid, i % 2 == 0));
            } else {
                questions.add(multiple(qid, 2));
            }
        }
        // the same words in every module built here: the duplicate test looks for them
        return module(id, 10, questions);
    }

    static Question single(String id, boolean rightIsLongest) {
        var options = List.of(
                new Question.Option("a", rightIsLongest ? "The right answer, said at length" : "Right", true),
                new Question.Option("b", "A wrong answer of middling size", false),
                new Question.Option("c", "Wrong", false));
        return new Question(id, QuestionKind.SINGLE, null, false, "Question " + id.replaceAll("^[a-z]+-", ""), options, "Because.");
    }

    static Question trueFalse(String id, boolean answer) {
        return new Question(id, QuestionKind.TRUE_FALSE, null, false, "Statement " + id.replaceAll("^[a-z]+-", ""),
                List.of(new Question.Option("true", "True", answer), new Question.Option("false", "False", !answer)), "Because.");
    }

    static Question multiple(String id, int right) {
        var options = new ArrayList<Question.Option>();
        for (int i = 0; i < 4; i++) {
            options.add(new Question.Option("o" + i, "Option number " + i, i < right));
        }
        return new Question(id, QuestionKind.MULTIPLE, null, true, "Which " + id.replaceAll("^[a-z]+-", ""), options, "Because.");
    }

    static ModuleDefinition module(String id, int draw, List<Question> questions) {
        return new ModuleDefinition(id, id, new SemVer(1, 0, 0), "summary", List.of("all-staff"), 10, 12, 80, draw, 3, 0,
                "Continuity Manager", TODAY.plusMonths(6), List.of(new ModuleDefinition.Change(new SemVer(1, 0, 0),
                TODAY.minusDays(1), "First version")), false, AnswerReview.AFTER_PASS_OR_LAST_ATTEMPT, "# " + id, List.copyOf(questions), Map.of(), "", "", "hash");
    }
}
