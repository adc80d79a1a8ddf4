package org.continuityacademy.api;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An API token as the administrator's list shows it; the token itself is never shown again. */
public record ApiTokenRow(long id, String name, String prefix, Set<ApiScope> scopes, String createdBy, Instant createdAt,
                          Instant expiresAt, @Nullable Instant revokedAt, @Nullable String revokedBy,
                          @Nullable Instant lastUsedAt) {

    /** Whether the token still opens the API at that moment, and if not, why. */
    public State state(Instant at) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return expiresAt.isAfter(at) ? State.ACTIVE : State.EXPIRED;
    }

    public enum State { ACTIVE, EXPIRED, REVOKED }
}
