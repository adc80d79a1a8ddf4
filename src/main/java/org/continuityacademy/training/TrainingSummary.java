package org.continuityacademy.training;

/** A person's training in two numbers, for lists of people. */
public record TrainingSummary(int open, int overdue) {

    public static final TrainingSummary NONE = new TrainingSummary(0, 0);
}
