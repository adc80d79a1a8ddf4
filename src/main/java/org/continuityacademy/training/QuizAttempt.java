package org.continuityacademy.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One go at a module's quiz: the questions drawn and their option order (kept, so that an unfinished
 * attempt resumes with the same questions), the answers, and the score once submitted.
 * <p>
 * Drawn questions and answers are stored one per line as {@code questionId=option,option}; ids are
 * lower-case words joined by hyphens (the content loader enforces it), so no escaping is needed.
 */
@Entity
@Table(name = "quiz_attempt")
class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
    @SequenceGenerator(name = "quiz_attempt_seq", sequenceName = "quiz_attempt_seq", allocationSize = 50)
    private @Nullable Long id;

    private long employeeId;
    private String moduleId = "";
    private long moduleVersionId;
    private long assignmentId;
    @Enumerated(EnumType.STRING)
    private AttemptStatus status = AttemptStatus.OPEN;
    private String drawn = "";
    private @Nullable String answers;
    /** Per personal question, the learner's service it named: {@code questionId<TAB>key=value<TAB>…}, values URL-encoded. */
    private @Nullable String personal;
    private int questionCount;
    private @Nullable Integer correctCount;
    private @Nullable Integer score;
    private Instant startedAt = Instant.EPOCH;
    private @Nullable Instant submittedAt;

    @Version
    private long version;

    protected QuizAttempt() {
    }

    QuizAttempt(long employeeId, String moduleId, long moduleVersionId, long assignmentId, Map<String, List<String>> drawn,
                Map<String, Map<String, String>> personal, Instant startedAt) {
        this.personal = personal.isEmpty() ? null : formatPersonal(personal);
        this.employeeId = employeeId;
        this.moduleId = moduleId;
        this.moduleVersionId = moduleVersionId;
        this.assignmentId = assignmentId;
        this.drawn = format(drawn);
        this.questionCount = drawn.size();
        this.startedAt = startedAt;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long getEmployeeId() {
        return employeeId;
    }

    String getModuleId() {
        return moduleId;
    }

    long getModuleVersionId() {
        return moduleVersionId;
    }

    long getAssignmentId() {
        return assignmentId;
    }

    AttemptStatus getStatus() {
        return status;
    }

    @Nullable Integer getScore() {
        return score;
    }

    @Nullable Integer getCorrectCount() {
        return correctCount;
    }

    int getQuestionCount() {
        return questionCount;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    /** The questions drawn, in the order shown, each with its options in the order shown. */
    Map<String, List<String>> drawn() {
        return parse(drawn);
    }

    /** For each personal question drawn, the values that named the learner's own service in it. */
    Map<String, Map<String, String>> personal() {
        var result = new LinkedHashMap<String, Map<String, String>>();
        if (personal == null) {
            return result;
        }
        for (String line : personal.split("\n")) {
            String[] parts = line.split("\t");
            var values = new LinkedHashMap<String, String>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq > 0) {
                    values.put(parts[i].substring(0, eq), URLDecoder.decode(parts[i].substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            if (!parts[0].isEmpty()) {
                result.put(parts[0], values);
            }
        }
        return result;
    }

    private static String formatPersonal(Map<String, Map<String, String>> personal) {
        var text = new StringBuilder();
        personal.forEach((question, values) -> {
            text.append(question);
            values.forEach((key, value) -> text.append('\t').append(key).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            text.append('\n');
        });
        return text.toString();
    }

    /** The answers given so far (saved as the learner goes) or submitted. */
    Map<String, Set<String>> answers() {
        var result = new LinkedHashMap<String, Set<String>>();
        parse(answers == null ? "" : answers).forEach((q, options) -> result.put(q, new LinkedHashSet<>(options)));
        return result;
    }

    void saveAnswers(Map<String, Set<String>> given) {
        requireOpen();
        this.answers = formatSets(given);
    }

    void submit(Map<String, Set<String>> given, int correct, int score, boolean passed, Instant at) {
        requireOpen();
        this.answers = formatSets(given);
        this.correctCount = correct;
        this.score = score;
        this.status = passed ? AttemptStatus.PASSED : AttemptStatus.FAILED;
        this.submittedAt = at;
    }

    void close() {
        if (status == AttemptStatus.OPEN) {
            status = AttemptStatus.CLOSED;
        }
    }

    /** {@link Quiz} refuses a closed attempt with a message for the learner first; this guards the entity. */
    private void requireOpen() {
        if (status != AttemptStatus.OPEN) {
            throw new IllegalStateException("quiz attempt " + id + " is " + status + ": its answers can no longer change");
        }
    }

    private static String format(Map<String, List<String>> map) {
        var text = new StringBuilder();
        map.forEach((q, options) -> text.append(q).append('=').append(String.join(",", options)).append('\n'));
        return text.toString();
    }

    private static String formatSets(Map<String, Set<String>> map) {
        var lists = new LinkedHashMap<String, List<String>>();
        map.forEach((q, options) -> lists.put(q, List.copyOf(options)));
        return format(lists);
    }

    private static Map<String, List<String>> parse(String text) {
        var result = new LinkedHashMap<String, List<String>>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                String options = line.substring(eq + 1);
                result.put(line.substring(0, eq), options.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(options.split(","))));
            }
        }
        return result;
    }
}
