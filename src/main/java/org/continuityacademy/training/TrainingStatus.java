package org.continuityacademy.training;

import java.util.List;

/** A person's training: their assignments (open first) and their completions (newest first). */
public record TrainingStatus(List<TrainingAssignmentRow> assignments, List<CompletionRow> completions) {

    public List<TrainingAssignmentRow> open() {
        return assignments.stream().filter(TrainingAssignmentRow::open).toList();
    }

    public long overdue() {
        return assignments.stream().filter(a -> a.state() == TrainingState.OVERDUE).count();
    }
}
