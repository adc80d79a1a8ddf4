package org.continuityacademy.continuity;

import org.jspecify.annotations.Nullable;

/**
 * An assignment that breaks a rule; nothing changed. When {@link #currentPrimary()} is set, the only
 * problem is that the service already has a primary for the role: ask, then retry with replacePrimary.
 */
public final class AssignmentRefused extends RuntimeException {

    private final @Nullable String currentPrimary;

    AssignmentRefused(String message) {
        this(message, null);
    }

    AssignmentRefused(String message, @Nullable String currentPrimary) {
        super(message);
        this.currentPrimary = currentPrimary;
    }

    public @Nullable String currentPrimary() {
        return currentPrimary;
    }
}
