package org.continuityacademy.directory;

/** A previewed file: apply it with its id once the counts look right. */
public record ImportPreview(long importId, ImportPlan plan) {

    public boolean canApply() {
        return plan.problems().isEmpty();
    }
}
