package org.continuityacademy.training;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.ModuleInfo;
import org.continuityacademy.catalogue.Question;
import org.continuityacademy.catalogue.QuestionBank;
import org.continuityacademy.catalogue.QuestionKind;
import org.continuityacademy.notifications.Notifications;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.ScopedToCaller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quiz engine. Each attempt draws {@code questionsPerAttempt} questions from the bank of the
 * version being taken and shuffles their options (true/false keeps its order); an unfinished attempt
 * resumes with the same questions. Scoring happens here only: what leaves this class before
 * submission carries no correct answers and no explanations. Only the learner whose assignment it is
 * can take the quiz; anyone else is refused, managers included.
 */
@Service
public class Quiz {

    /** Failed attempts in a row after which the module's cool-down applies. */
    static final int FAILURES_BEFORE_COOLDOWN = 2;

    /** Questions about the learner's own service drawn into each attempt, when the bank has them and the learner a service. */
    static final int PERSONAL_PER_ATTEMPT = 2;

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final QuizAttempts attempts;
    private final TrainingAssignments assignments;
    private final Completions completions;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Notifications notifications;
    private final Messages messages;
    private final Clock clock;
    private final LearnerServices learnerServices;
    private final SecureRandom random = new SecureRandom();

    Quiz(QuizAttempts attempts, TrainingAssignments assignments, Completions completions, Catalogue catalogue,
         AuditTrail audit, ApplicationEventPublisher events, CurrentUser currentUser, Notifications notifications,
         Messages messages, Clock clock, ObjectProvider<LearnerServices> learnerServices) {
        this.attempts = attempts;
        this.assignments = assignments;
        this.completions = completions;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
        this.learnerServices = learnerServices.getIfAvailable(() -> roles -> List.of());
    }

    /** Whether the signed-in learner may start or resume the quiz of their assignment now. */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("only the signed-in learner's own assignment or attempt (mine, myAttempt)")
    @Transactional(readOnly = true)
    public QuizStart check(long assignmentId) {
        TrainingAssignment assignment = mine(assignmentId);
        ModuleInfo module = currentModule(assignment);
        return check(assignment, module);
    }

    /**
     * Starts an attempt at the quiz of the signed-in learner's open assignment, or returns the open
     * attempt unchanged (same questions, same order, answers kept).
     */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("only the signed-in learner's own assignment or attempt (mine, myAttempt)")
    @Transactional
    public AttemptView start(long assignmentId) {
        TrainingAssignment assignment = mine(assignmentId);
        if (!assignment.isOpen()) {
            throw new QuizRefused(messages.get("quiz.refused.closed-assignment"));
        }
        var open = attempts.openFor(assignmentId);
        if (open.isPresent()) {
            return view(open.get());
        }
        ModuleInfo current = currentModule(assignment);
        QuizStart start = check(assignment, current);
        if (!start.allowed()) {
            throw new QuizRefused(start.reason() == null ? messages.get("quiz.refused.not-now") : start.reason());
        }
        QuestionBank bank = catalogue.questionBank(current.versionId()).orElseThrow();
        boolean anyPersonal = bank.questions().stream().anyMatch(q -> q.personal() != null);
        List<Map<String, String>> services = anyPersonal ? learnerServices.mine(bank.module().audience()) : List.of();
        var drawn = new LinkedHashMap<String, List<String>>();
        for (Question q : draw(bank, !services.isEmpty())) {
            var options = new ArrayList<>(q.options().stream().map(Question.Option::id).toList());
            if (q.kind() != QuestionKind.TRUE_FALSE) {
                Collections.shuffle(options, random);
            }
            drawn.put(q.id(), options);
        }
        var personal = new LinkedHashMap<String, Map<String, String>>();
        if (!services.isEmpty()) {
            // one of the learner's services per question, at random, so that a lead of several meets them all
            bank.questions().stream().filter(q -> q.personal() != null && drawn.containsKey(q.id()))
                    .forEach(q -> personal.put(q.id(), services.get(random.nextInt(services.size()))));
        }
        Instant now = clock.instant();
        assignment.start(now);
        var attempt = attempts.save(new QuizAttempt(assignment.getEmployeeId(), assignment.getModuleId(), current.versionId(),
                assignmentId, drawn, personal, now));
        return view(attempt);
    }

    /**
     * The questions of an attempt, at random. A learner who holds a role for a critical service always meets questions
     * about it: up to {@value #PERSONAL_PER_ATTEMPT} of the bank's personal questions are drawn first, the rest from the
     * whole bank, and the order is shuffled again so they do not always come first.
     */
    private List<Question> draw(QuestionBank bank, boolean personal) {
        var pool = new ArrayList<>(bank.questions());
        Collections.shuffle(pool, random);
        if (personal) {
            var first = pool.stream().filter(q -> q.personal() != null).limit(PERSONAL_PER_ATTEMPT).toList();
            pool.removeAll(first);
            pool.addAll(0, first);
        }
        var drawn = new ArrayList<>(pool.subList(0, Math.min(bank.module().questionsPerAttempt(), pool.size())));
        Collections.shuffle(drawn, random);
        return drawn;
    }

    /** Keeps the answers chosen so far, so that a learner who leaves finds them again. */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("only the signed-in learner's own assignment or attempt (mine, myAttempt)")
    @Transactional
    public void saveAnswers(long attemptId, Map<String, Set<String>> chosen) {
        QuizAttempt attempt = myAttempt(attemptId);
        if (attempt.getStatus() != AttemptStatus.OPEN) {
            throw new QuizRefused(messages.get("quiz.refused.attempt-closed"));
        }
        Map<String, Set<String>> valid = validated(attempt, chosen);
        attempt.saveAnswers(valid);
    }

    /**
     * Scores a submitted attempt. Refused, changing nothing: options or questions that are not in the
     * attempt, more than one option for a single-answer question, a second submission, or an attempt
     * that was closed. A pass records a completion of the exact version taken and closes the assignment.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("only the signed-in learner's own assignment or attempt (mine, myAttempt)")
    @Transactional
    public AttemptResult submit(long attemptId, Map<String, Set<String>> chosen) {
        QuizAttempt attempt = myAttempt(attemptId);
        if (attempt.getStatus() != AttemptStatus.OPEN) {
            throw new QuizRefused(messages.get(attempt.getStatus() == AttemptStatus.CLOSED
                    ? "quiz.refused.closed-before-submission" : "quiz.refused.already-submitted"));
        }
        Map<String, Set<String>> answers = validated(attempt, chosen);
        QuestionBank bank = catalogue.questionBank(attempt.getModuleVersionId()).orElseThrow();
        Map<String, Question> questions = bank.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        int correct = 0;
        for (String questionId : attempt.drawn().keySet()) {
            if (Scoring.isRight(questions.get(questionId), answers.getOrDefault(questionId, Set.of()))) {
                correct++;
            }
        }
        int total = attempt.getQuestionCount();
        boolean passed = Scoring.passed(correct, total, bank.module().passMark());
        attempt.submit(answers, correct, Scoring.percent(correct, total), passed, clock.instant());
        attempts.saveAndFlush(attempt);
        TrainingAssignment assignment = assignments.findById(attempt.getAssignmentId()).orElseThrow();
        audit.record(passed ? "quiz passed" : "quiz failed", "quiz-attempt", String.valueOf(attemptId),
                "Employee " + attempt.getEmployeeId() + " scored " + Scoring.percent(correct, total) + "% on "
                        + bank.module().id() + " " + bank.module().version() + " (pass mark " + bank.module().passMark() + "%)",
                null, "correct=" + correct + "/" + total);
        if (passed && assignment.isOpen()) {
            complete(assignment, attempt, bank.module());
        }
        return result(attempt, bank);
    }

    /** A submitted attempt's result, for the learner who took it. */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("only the signed-in learner's own assignment or attempt (mine, myAttempt)")
    @Transactional(readOnly = true)
    public AttemptResult result(long attemptId) {
        QuizAttempt attempt = myAttempt(attemptId);
        if (attempt.getSubmittedAt() == null) {
            throw new QuizRefused(messages.get("quiz.refused.not-submitted"));
        }
        return result(attempt, catalogue.questionBank(attempt.getModuleVersionId()).orElseThrow());
    }

    /**
     * Records the pass. It counts for the module's validity in months after the moment passed, counted in the
     * organisation's zone: passed at 09:00 on 31 March, it expires at 09:00 on 30 September there (the shorter
     * month's last day), whatever daylight saving did in between.
     */
    private void complete(TrainingAssignment assignment, QuizAttempt attempt, ModuleInfo module) {
        Instant now = clock.instant();
        Instant expires = expiry(now, module.validityMonths(), clock);
        var completion = completions.saveAndFlush(new Completion(attempt.getEmployeeId(), module.id(), module.versionId(),
                module.version(), module.major(), attempt.getScore() == null ? 0 : attempt.getScore(), now, expires,
                assignment.getId(), verificationCode()));
        String before = assignment.describe();
        assignment.complete(completion.getId(), now);
        assignments.save(assignment);
        notifications.withdraw(assignment.getEmployeeId(), "assignment:" + assignment.getId());
        audit.record("module completed", TrainingRecords.AUDIT_TYPE, String.valueOf(assignment.getId()),
                "Employee " + attempt.getEmployeeId() + " completed " + module.id() + " " + module.version()
                        + " with " + attempt.getScore() + "%, valid until " + expires, before, assignment.describe());
        events.publishEvent(new ModuleCompleted(completion.getId(), attempt.getEmployeeId(), module.id(), module.versionId(),
                module.version(), attempt.getScore() == null ? 0 : attempt.getScore(), expires));
    }

    static Instant expiry(Instant completedAt, int validityMonths, Clock clock) {
        return completedAt.atZone(clock.getZone()).plusMonths(validityMonths).toInstant();
    }

    private String verificationCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private QuizStart check(TrainingAssignment assignment, ModuleInfo module) {
        var submitted = attempts.submittedFor(assignment.getId());
        int used = submitted.size();
        if (!assignment.isOpen()) {
            return new QuizStart(false, used, module.maxAttempts(), null, messages.get("quiz.start.closed"));
        }
        if (attempts.openFor(assignment.getId()).isPresent()) {
            return new QuizStart(true, used, module.maxAttempts(), null, null);
        }
        if (used >= module.maxAttempts()) {
            return new QuizStart(false, used, module.maxAttempts(), null, messages.get("quiz.start.attempts-used", module.maxAttempts()));
        }
        boolean failedInARow = submitted.size() >= FAILURES_BEFORE_COOLDOWN && submitted.stream().limit(FAILURES_BEFORE_COOLDOWN)
                .allMatch(a -> a.getStatus() == AttemptStatus.FAILED);
        if (failedInARow && module.cooldownMinutes() > 0) {
            Instant availableAt = submitted.getFirst().getSubmittedAt().plus(Duration.ofMinutes(module.cooldownMinutes()));
            if (availableAt.isAfter(clock.instant())) {
                return new QuizStart(false, used, module.maxAttempts(), availableAt,
                        messages.get("quiz.start.cool-down", module.cooldownMinutes()));
            }
        }
        return new QuizStart(true, used, module.maxAttempts(), null, null);
    }

    private Map<String, Set<String>> validated(QuizAttempt attempt, Map<String, Set<String>> chosen) {
        Map<String, List<String>> drawn = attempt.drawn();
        QuestionBank bank = catalogue.questionBank(attempt.getModuleVersionId()).orElseThrow();
        Map<String, Question> questions = bank.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        var valid = new LinkedHashMap<String, Set<String>>();
        for (var entry : chosen.entrySet()) {
            List<String> options = drawn.get(entry.getKey());
            if (options == null) {
                throw new QuizRefused(messages.get("quiz.refused.unknown-question"));
            }
            if (!options.containsAll(entry.getValue())) {
                throw new QuizRefused(messages.get("quiz.refused.unknown-option"));
            }
            if (!questions.get(entry.getKey()).multipleAnswer() && entry.getValue().size() > 1) {
                throw new QuizRefused(messages.get("quiz.refused.several-answers"));
            }
            if (!entry.getValue().isEmpty()) {
                valid.put(entry.getKey(), Set.copyOf(entry.getValue()));
            }
        }
        return valid;
    }

    private AttemptView view(QuizAttempt attempt) {
        QuestionBank bank = catalogue.questionBank(attempt.getModuleVersionId()).orElseThrow();
        int number = attempts.submittedFor(attempt.getAssignmentId()).size() + 1;
        return new AttemptView(attempt.getId(), attempt.getAssignmentId(), attempt.getModuleId(), bank.module().title(),
                bank.module().version(), bank.module().passMark(), number, bank.module().maxAttempts(),
                questions(attempt, bank), attempt.answers());
    }

    /** The drawn questions as the learner reads them: those about their own service worded for it. */
    private static Map<String, Question> shown(QuizAttempt attempt, QuestionBank bank) {
        Map<String, Map<String, String>> personal = attempt.personal();
        return bank.questions().stream().collect(Collectors.toMap(Question::id,
                q -> personal.containsKey(q.id()) ? q.personalised(personal.get(q.id())) : q));
    }

    /** The drawn questions as the browser may see them: no correct flags, no explanations. */
    private static List<QuizQuestion> questions(QuizAttempt attempt, QuestionBank bank) {
        Map<String, Question> byId = shown(attempt, bank);
        var list = new ArrayList<QuizQuestion>();
        attempt.drawn().forEach((questionId, order) -> {
            Question q = byId.get(questionId);
            Map<String, String> texts = q.options().stream().collect(Collectors.toMap(Question.Option::id, Question.Option::text));
            list.add(new QuizQuestion(q.id(), q.kind(), q.scenario(), q.multipleAnswer(), q.text(),
                    order.stream().map(o -> new QuizQuestion.Option(o, texts.get(o))).toList()));
        });
        return list;
    }

    /**
     * The result. The right answers and their explanations are shown as the module's {@code answers} setting says
     * (by default after a pass or once no attempt is left); before that, the learner learns only their score and the
     * sections of the module that teach what they missed, so that the next attempt measures what they read, not what
     * they remember of this one.
     */
    private AttemptResult result(QuizAttempt attempt, QuestionBank bank) {
        Map<String, Question> byId = shown(attempt, bank);
        var answers = attempt.answers();
        int used = attempts.submittedFor(attempt.getAssignmentId()).size();
        int attemptsLeft = Math.max(0, bank.module().maxAttempts() - used);
        TrainingAssignment assignment = assignments.findById(attempt.getAssignmentId()).orElseThrow();
        boolean passed = attempt.getStatus() == AttemptStatus.PASSED;
        boolean answersShown = bank.module().answers().shows(passed, attemptsLeft);
        var missedTopics = new java.util.LinkedHashSet<String>();
        var feedback = new ArrayList<AttemptResult.Feedback>();
        for (QuizQuestion q : questions(attempt, bank)) {
            Question full = byId.get(q.id());
            Set<String> chosen = answers.getOrDefault(q.id(), Set.of());
            boolean right = Scoring.isRight(full, chosen);
            if (!right && full.topic() != null) {
                missedTopics.add(full.topic());
            }
            if (answersShown) {
                feedback.add(new AttemptResult.Feedback(q, chosen, Set.copyOf(full.correctOptionIds()), right, full.explanation()));
            }
        }
        // in the order the module teaches them
        List<String> topics = missedTopics.stream().sorted(java.util.Comparator.comparingInt(bank.sections()::indexOf)).toList();
        CompletionRow completion = null;
        if (passed && assignment.getCompletionId() != null) {
            completion = completions.findById(assignment.getCompletionId()).map(c -> c.row(bank.module().title())).orElse(null);
        }
        return new AttemptResult(attempt.getId(), attempt.getModuleId(), bank.module().title(), bank.module().version(),
                attempt.getCorrectCount() == null ? 0 : attempt.getCorrectCount(), attempt.getQuestionCount(),
                attempt.getScore() == null ? 0 : attempt.getScore(), bank.module().passMark(),
                passed, attempt.getSubmittedAt(), feedback, completion, attemptsLeft, answersShown, topics);
    }

    private ModuleInfo currentModule(TrainingAssignment assignment) {
        ModuleInfo module = catalogue.moduleInfo(List.of(assignment.getModuleId())).get(assignment.getModuleId());
        if (module == null || module.retired()) {
            throw new QuizRefused(messages.get("quiz.refused.not-in-catalogue"));
        }
        return module;
    }

    /** The signed-in learner's own assignment; anyone else's is refused without saying whether it exists. */
    private TrainingAssignment mine(long assignmentId) {
        Long me = currentUser.require().employeeId();
        return assignments.findById(assignmentId).filter(a -> me != null && a.getEmployeeId() == me)
                .orElseThrow(() -> new AccessDeniedException("You can take only your own quizzes."));
    }

    private QuizAttempt myAttempt(long attemptId) {
        Long me = currentUser.require().employeeId();
        return attempts.findById(attemptId).filter(a -> me != null && a.getEmployeeId() == me)
                .orElseThrow(() -> new AccessDeniedException("You can see only your own quiz attempts."));
    }
}
