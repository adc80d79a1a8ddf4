package org.continuityacademy.training;

/** A person's training in two numbers, for lists of people. */
public record TrainingSummary(int open, int overdue) {

    public static final TrainingSummary NONE = new TrainingSummary(0, 0);

    /** "Up to date", "2 to do" or "2 to do, 1 overdue". */
    public String describe() {
        if (open == 0) {
            return "Up to date";
        }
        return open + " to do" + (overdue > 0 ? ", " + overdue + " overdue" : "");
    }
}
