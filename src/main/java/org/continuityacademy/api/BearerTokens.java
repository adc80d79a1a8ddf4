package org.continuityacademy.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the token of an API request: known (by its hash), not revoked, not expired. Runs before
 * anyone is authenticated, so it is package-private and has no method security.
 */
@Component
class BearerTokens {

    /** How often the last use of a token is written at most: enough to see which tokens are idle. */
    static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final Clock clock;

    BearerTokens(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The API client the token stands for, or empty when the token is unknown, revoked or expired. */
    @Transactional
    Optional<ApiClient> authenticate(String token) {
        if (!token.startsWith(TokenSecrets.PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(TokenSecrets.hash(token))
                .filter(t -> t.row().state(now) == ApiTokenRow.State.ACTIVE)
                .map(t -> {
                    var row = t.row();
                    if (row.lastUsedAt() == null || row.lastUsedAt().isBefore(now.minus(USE_RESOLUTION))) {
                        tokens.noteUse(row.id(), now, now.minus(USE_RESOLUTION));
                    }
                    return new ApiClient(row.id(), row.name(), row.scopes());
                });
    }
}
