package org.continuityacademy.training;

import org.continuityacademy.base.i18n.Messages;

/** A person's training in two numbers, for lists of people. */
public record TrainingSummary(int open, int overdue) {

    public static final TrainingSummary NONE = new TrainingSummary(0, 0);

    /** "Up to date", "2 to do" or "2 to do, 1 overdue", from the bundles in the current person's language. */
    public String describe(Messages messages) {
        if (open == 0) {
            return messages.get("training.summary.up-to-date");
        }
        return overdue > 0 ? messages.get("training.summary.to-do-overdue", open, overdue) : messages.get("training.summary.to-do", open);
    }

    /** The English text; other modules' views still use it until they take {@link #describe(Messages)}. */
    public String describe() {
        if (open == 0) {
            return "Up to date";
        }
        return open + " to do" + (overdue > 0 ? ", " + overdue + " overdue" : "");
    }
}
