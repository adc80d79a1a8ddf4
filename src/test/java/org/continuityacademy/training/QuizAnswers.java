package org.continuityacademy.training;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.Question;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the quiz tests: the bank behind an attempt, and answers with a chosen number right (call as the learner). The bank is
 * read in a transaction of its own, as the quiz engine reads it inside its own (the catalogue refuses a call outside one).
 */
public final class QuizAnswers {

    private QuizAnswers() {
    }

    static Map<String, Question> bank(Catalogue catalogue, TransactionTemplate transactions, JdbcClient jdbc, AttemptView view) {
        long versionId = jdbc.sql("select module_version_id from quiz_attempt where id = ?").param(view.attemptId())
                .query(Long.class).single();
        return bank(catalogue, transactions, versionId);
    }

    /** A module version's whole bank, by question id. */
    public static Map<String, Question> bank(Catalogue catalogue, TransactionTemplate transactions, long versionId) {
        return transactions.execute(status -> catalogue.questionBank(versionId).orElseThrow()).questions().stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
    }

    /** Answers with exactly {@code right} questions right, the rest wrong. */
    static Map<String, Set<String>> answers(Catalogue catalogue, TransactionTemplate transactions, JdbcClient jdbc, AttemptView view,
                                            int right) {
        Map<String, Question> bank = bank(catalogue, transactions, jdbc, view);
        var answers = new HashMap<String, Set<String>>();
        int n = 0;
        for (QuizQuestion q : view.questions()) {
            Question full = bank.get(q.id());
            if (n++ < right) {
                answers.put(q.id(), Set.copyOf(full.correctOptionIds()));
            } else {
                String wrong = full.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id();
                answers.put(q.id(), Set.of(wrong));
            }
        }
        return answers;
    }
}
