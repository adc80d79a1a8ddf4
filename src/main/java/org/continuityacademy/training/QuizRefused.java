package org.continuityacademy.training;

/** A quiz action that breaks a rule (tampered answers, a closed attempt, attempts used up); nothing changed. */
public final class QuizRefused extends RuntimeException {

    QuizRefused(String message) {
        super(message);
    }
}
