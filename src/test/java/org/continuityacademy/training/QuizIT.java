package org.continuityacademy.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.continuity.AssignRole;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.continuity.Readiness;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.Question;
import org.continuityacademy.catalogue.QuestionKind;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.security.AppUserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The quiz engine and completions, as the demo learner Lena Novak (module itscm-for-everyone). Time passes on the
 * test clock. Certificates, verification and expiry, which depend on the date, are in {@link CertificatesIT}.
 */
@IntegrationTest
@RecordApplicationEvents
class QuizIT {

    static final String MODULE = "itscm-for-everyone";

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Quiz quiz;
    @Autowired
    TrainingRecords records;
    @Autowired
    Catalogue catalogue;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ContinuityRoles roles;
    @Autowired
    Readiness readiness;
    @Autowired
    TestClock clock;

    long lena;
    long assignment;

    @BeforeEach
    void theModuleIsAssignedToLena() {
        lena = ((AppUserPrincipal) users.loadUserByUsername("learner")).employeeId();
        cleanUp();
        SignedIn.as(users, "hr", () -> records.assignByHand(List.of(lena), MODULE, LocalDate.now(clock).plusDays(10), "quiz test"));
        assignment = SignedIn.as(users, "learner", () -> records.myTraining().open().stream()
                .filter(a -> a.moduleId().equals(MODULE)).findFirst().orElseThrow().id());
    }

    @AfterEach
    void cleanUp() {
        SignedIn.as(users, "hr", () -> {
            records.statusOf(lena).open().forEach(a -> records.waive(a.id(), "test clean-up"));
            return null;
        });
    }

    @Test
    @WithUserDetails("learner")
    void an_attempt_draws_the_set_number_of_questions_and_resumes_with_the_same_ones() {
        AttemptView first = quiz.start(assignment);

        assertThat(first.questions()).hasSize(10);
        assertThat(first.questions()).extracting(QuizQuestion::id).doesNotHaveDuplicates();
        Map<String, Question> bank = bank(first);
        first.questions().forEach(q -> {
            assertThat(q.options()).extracting(QuizQuestion.Option::id)
                    .containsExactlyInAnyOrderElementsOf(bank.get(q.id()).options().stream().map(Question.Option::id).toList());
            if (q.kind() == QuestionKind.TRUE_FALSE) {
                assertThat(q.options()).extracting(QuizQuestion.Option::id).containsExactly("true", "false");
            }
        });
        String firstQuestion = first.questions().getFirst().id();
        String option = first.questions().getFirst().options().getFirst().id();
        quiz.saveAnswers(first.attemptId(), Map.of(firstQuestion, Set.of(option)));

        AttemptView again = quiz.start(assignment);

        assertThat(again.attemptId()).isEqualTo(first.attemptId());
        assertThat(again.questions()).isEqualTo(first.questions());
        assertThat(again.chosen()).containsEntry(firstQuestion, Set.of(option));
    }

    @Test
    @WithUserDetails("learner")
    void nothing_sent_before_submission_says_which_options_are_correct_or_why() {
        AttemptView view = quiz.start(assignment);
        assertThat(QuizQuestion.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("id", "kind", "scenario", "multipleAnswer", "text", "options");
        assertThat(QuizQuestion.Option.class.getRecordComponents()).extracting(c -> c.getName()).containsExactly("id", "text");
        String everything = view.toString();
        bank(view).values().forEach(q -> assertThat(everything).doesNotContain(q.explanation()));
    }

    @Test
    @WithUserDetails("learner")
    void passing_records_a_completion_of_the_exact_version_closes_the_assignment_and_is_announced_and_audited() {
        AttemptView view = quiz.start(assignment);
        // 8 of 10 right: exactly the pass mark of 80
        AttemptResult result = quiz.submit(view.attemptId(), answers(view, 8));

        assertThat(result.passed()).isTrue();
        assertThat(result.score()).isEqualTo(80);
        assertThat(result.correct()).isEqualTo(8);
        assertThat(result.feedback()).hasSize(10).filteredOn(AttemptResult.Feedback::right).hasSize(8);
        assertThat(result.feedback()).allSatisfy(f -> assertThat(f.explanation()).isNotBlank());
        String version = catalogue.moduleInfo(List.of(MODULE)).get(MODULE).version();
        assertThat(result.completion()).isNotNull().satisfies(c -> {
            assertThat(c.moduleVersion()).isEqualTo(version);
            assertThat(c.score()).isEqualTo(80);
            assertThat(c.verificationCode()).hasSize(16);
        });
        assertThat(records.myTraining().assignments()).filteredOn(a -> a.id() == assignment).singleElement()
                .satisfies(a -> assertThat(a.state()).isEqualTo(TrainingState.COMPLETED));
        assertThat(events.stream(ModuleCompleted.class)).anySatisfy(e -> {
            assertThat(e.employeeId()).isEqualTo(lena);
            assertThat(e.moduleVersion()).isEqualTo(version);
        });
        assertThat(SignedIn.as(users, "admin", () -> audit.history(TrainingRecords.AUDIT_TYPE, String.valueOf(assignment))))
                .anySatisfy(e -> assertThat(e.summary()).contains("completed " + MODULE + " " + version + " with 80%"));
        // a result can be shown again later, the same
        assertThat(quiz.result(view.attemptId()).score()).isEqualTo(80);
    }

    @Test
    @WithUserDetails("learner")
    void one_short_of_the_pass_mark_fails_and_leaves_the_assignment_open() {
        AttemptView view = quiz.start(assignment);
        AttemptResult result = quiz.submit(view.attemptId(), answers(view, 7));

        assertThat(result.passed()).isFalse();
        assertThat(result.score()).isEqualTo(70);
        assertThat(result.completion()).isNull();
        assertThat(result.attemptsLeft()).isEqualTo(2);
        assertThat(records.myTraining().open()).extracting(TrainingAssignmentRow::id).contains(assignment);
    }

    @Test
    @WithUserDetails("learner")
    void a_failed_attempt_names_the_sections_to_reread_and_the_answers_come_only_after_the_last_attempt() {
        AttemptView view = quiz.start(assignment);
        Map<String, Question> bank = bank(view);
        AttemptResult first = quiz.submit(view.attemptId(), answers(view, 5));

        assertThat(first.passed()).isFalse();
        assertThat(first.answersShown()).isFalse();
        assertThat(first.feedback()).as("no right answers while attempts are left").isEmpty();
        bank.values().forEach(q -> assertThat(first.toString()).doesNotContain(q.explanation()));
        // the five missed (answers() gets the first five right) name the sections that teach them, each once
        List<String> missed = view.questions().stream().skip(5).map(q -> bank.get(q.id()).topic()).distinct().toList();
        assertThat(first.topics()).isNotEmpty().containsExactlyInAnyOrderElementsOf(missed);
        List<String> sections = catalogue.read(MODULE).orElseThrow().sections().stream().map(s -> s.title()).toList();
        assertThat(sections).containsAll(first.topics());
        assertThat(quiz.result(view.attemptId())).isEqualTo(first);

        quiz.submit(quiz.start(assignment).attemptId(), answers(quiz.start(assignment), 0));
        clock.advance(Duration.ofMinutes(catalogue.moduleInfo(List.of(MODULE)).get(MODULE).cooldownMinutes() + 1));
        AttemptView last = quiz.start(assignment);
        AttemptResult third = quiz.submit(last.attemptId(), answers(last, 6));

        assertThat(third.attemptsLeft()).isZero();
        assertThat(third.answersShown()).as("after the last attempt").isTrue();
        assertThat(third.feedback()).hasSize(10).allSatisfy(f -> assertThat(f.explanation()).isNotBlank())
                .filteredOn(f -> !f.right()).hasSize(4).allSatisfy(f -> assertThat(f.correctOptions()).isNotEmpty());
    }

    @Test
    @WithUserDetails("learner")
    void two_failures_in_a_row_ask_for_a_cool_down_and_the_attempts_are_capped() {
        quiz.submit(quiz.start(assignment).attemptId(), answers(quiz.start(assignment), 0));
        quiz.submit(quiz.start(assignment).attemptId(), answers(quiz.start(assignment), 0));

        int cooldown = catalogue.moduleInfo(List.of(MODULE)).get(MODULE).cooldownMinutes();
        QuizStart check = quiz.check(assignment);
        assertThat(check.allowed()).isFalse();
        assertThat(check.availableAt()).isAfter(clock.instant().plus(Duration.ofMinutes(cooldown - 1)));
        assertThatThrownBy(() -> quiz.start(assignment)).isInstanceOf(QuizRefused.class).hasMessageContaining("Take a break");
        clock.advance(Duration.ofMinutes(cooldown / 2));
        assertThat(quiz.check(assignment).allowed()).as("half-way through the cool-down").isFalse();

        // the cool-down is over
        clock.advance(Duration.ofMinutes(cooldown - cooldown / 2 + 1));
        assertThat(quiz.check(assignment).allowed()).isTrue();
        quiz.submit(quiz.start(assignment).attemptId(), answers(quiz.start(assignment), 0));
        clock.advance(Duration.ofHours(2));

        assertThat(quiz.check(assignment).allowed()).isFalse();
        assertThatThrownBy(() -> quiz.start(assignment)).isInstanceOf(QuizRefused.class)
                .hasMessageContaining("You have used all 3 attempts");
    }

    @Test
    @WithUserDetails("learner")
    void tampered_submissions_are_refused_and_change_nothing() {
        AttemptView view = quiz.start(assignment);
        QuizQuestion single = view.questions().stream().filter(q -> !q.multipleAnswer()).findFirst().orElseThrow();
        Map<String, Set<String>> good = answers(view, 10);

        assertThatThrownBy(() -> quiz.submit(view.attemptId(), with(good, single.id(), Set.of("zz"))))
                .isInstanceOf(QuizRefused.class).hasMessageContaining("option that is not part of this attempt");
        assertThatThrownBy(() -> quiz.submit(view.attemptId(), with(good, "not-drawn-question", Set.of("a"))))
                .isInstanceOf(QuizRefused.class).hasMessageContaining("question that is not part of this attempt");
        assertThatThrownBy(() -> quiz.submit(view.attemptId(), with(good, single.id(),
                single.options().stream().map(QuizQuestion.Option::id).collect(Collectors.toSet()))))
                .isInstanceOf(QuizRefused.class).hasMessageContaining("takes one answer");
        assertThat(status(view.attemptId())).isEqualTo("OPEN");

        quiz.submit(view.attemptId(), good);
        assertThatThrownBy(() -> quiz.submit(view.attemptId(), good))
                .isInstanceOf(QuizRefused.class).hasMessageContaining("already been submitted");
        assertThat(jdbc.sql("select count(*) from training_completion where assignment_id = ?").param(assignment)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("learner")
    void a_submission_after_the_attempt_was_closed_is_refused() {
        AttemptView view = quiz.start(assignment);
        SignedIn.as(users, "hr", () -> {
            records.waive(assignment, "no longer needed");
            return null;
        });

        assertThatThrownBy(() -> quiz.submit(view.attemptId(), answers(view, 10)))
                .isInstanceOf(QuizRefused.class).hasMessageContaining("closed");
        assertThat(status(view.attemptId())).isEqualTo("CLOSED");
    }

    @Test
    void nobody_takes_someone_elses_quiz_or_sees_their_attempts_not_even_their_manager() {
        AttemptView view = SignedIn.as(users, "learner", () -> quiz.start(assignment));

        for (String other : List.of("manager", "hr", "continuity")) {
            SignedIn.as(users, other, () -> {
                assertThatThrownBy(() -> quiz.start(assignment)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> quiz.check(assignment)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> quiz.submit(view.attemptId(), Map.of())).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> quiz.result(view.attemptId())).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> records.openModule(MODULE)).isInstanceOf(AccessDeniedException.class);
                return null;
            });
        }
        // the manager sees the results of their line, without taking the quiz
        SignedIn.as(users, "manager", () -> assertThat(records.statusOf(lena).open()).extracting(TrainingAssignmentRow::id)
                .contains(assignment));
        assertThat(status(view.attemptId())).isEqualTo("OPEN");
    }

    @Test
    void a_pass_counts_towards_readiness_at_once() {
        var role = SignedIn.as(users, "continuity", () -> roles.assign(new AssignRole(lena, "communications-lead", null,
                Position.PRIMARY, "writes the notices", LocalDate.now(clock), null, false)));
        try {
            int before = SignedIn.as(users, "learner", () -> readiness.mine().stream()
                    .filter(h -> h.assignmentId() == role.id()).findFirst().orElseThrow().currentModules());
            long roleModule = SignedIn.as(users, "learner", () -> records.myTraining().open().stream()
                    .filter(a -> a.moduleId().equals("role-communications-lead")).findFirst().orElseThrow().id());

            SignedIn.as(users, "learner", () -> {
                AttemptView view = quiz.start(roleModule);
                return quiz.submit(view.attemptId(), answersFor(view, view.questions().size()));
            });

            assertThat(SignedIn.as(users, "learner", () -> readiness.mine().stream()
                    .filter(h -> h.assignmentId() == role.id()).findFirst().orElseThrow().currentModules())).isEqualTo(before + 1);
        } finally {
            SignedIn.as(users, "continuity", () -> {
                roles.end(role.id(), "test clean-up");
                return null;
            });
        }
    }

    @Test
    void a_manager_sees_how_far_their_line_is_and_nobody_else() {
        long hannah = ((AppUserPrincipal) users.loadUserByUsername("hr")).employeeId();
        var summaries = SignedIn.as(users, "manager", () -> records.summaries(List.of(lena, hannah)));
        assertThat(summaries).containsOnlyKeys(lena);
        assertThat(summaries.get(lena).open()).isGreaterThanOrEqualTo(1);
        assertThat(SignedIn.as(users, "hr", () -> records.summaries(List.of(lena))).get(lena)).isEqualTo(summaries.get(lena));
        SignedIn.as(users, "learner", () -> assertThatThrownBy(() -> records.summaries(List.of(lena)))
                .isInstanceOf(AccessDeniedException.class));
    }

    private Map<String, Question> bank(AttemptView view) {
        return QuizAnswers.bank(catalogue, transactions, jdbc, view);
    }

    private Map<String, Set<String>> answersFor(AttemptView view, int right) {
        return answers(view, right);
    }

    private Map<String, Set<String>> answers(AttemptView view, int right) {
        return QuizAnswers.answers(catalogue, transactions, jdbc, view, right);
    }

    private static Map<String, Set<String>> with(Map<String, Set<String>> answers, String question, Set<String> options) {
        var copy = new HashMap<>(answers);
        copy.put(question, options);
        return copy;
    }

    private String status(long attemptId) {
        return jdbc.sql("select status from quiz_attempt where id = ?").param(attemptId).query(String.class).single();
    }
}
