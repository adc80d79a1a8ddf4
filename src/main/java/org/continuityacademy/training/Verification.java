package org.continuityacademy.training;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the public verification page may say about a code: whether it is genuine and still valid, and
 * for whom (the name only).
 */
public record Verification(boolean genuine, boolean valid, @Nullable String personName, @Nullable String moduleTitle,
                           @Nullable String moduleVersion, @Nullable Instant completedAt, @Nullable Instant expiresAt) {

    static Verification unknown() {
        return new Verification(false, false, null, null, null, null, null);
    }
}
