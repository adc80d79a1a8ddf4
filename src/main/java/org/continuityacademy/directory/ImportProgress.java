package org.continuityacademy.directory;

import org.jspecify.annotations.Nullable;

/**
 * How far applying a file has come.
 *
 * @param state RUNNING, DONE or FAILED
 * @param plan  what was applied, once DONE
 */
public record ImportProgress(long importId, int done, int total, String state, @Nullable String message,
                             @Nullable ImportPlan plan) {

    public boolean finished() {
        return !"RUNNING".equals(state);
    }
}
