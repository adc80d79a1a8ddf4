package org.continuityacademy.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.time.Days;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for administrators: create one (its text is returned once and only its hash is kept), list
 * them, revoke one. A token stops working when its expiry date begins in the organisation's time zone, or when revoked.
 * Checking a token on a request is not here: that happens without anyone signed in ({@link BearerTokens}).
 */
@Service
public class ApiTokens {

    static final String AUDIT_TYPE = "api-token";
    /** The longest a token may live: a forgotten token should not work for ever. */
    public static final int MAX_DAYS = 365;
    /** What the dialog proposes. */
    public static final int DEFAULT_DAYS = 90;

    private final ApiTokenRepository tokens;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ColumnSizes columnSizes;
    private final Messages messages;

    ApiTokens(ApiTokenRepository tokens, AuditTrail audit, CurrentUser currentUser, Clock clock, Messages messages, ColumnSizes columnSizes) {
        this.columnSizes = columnSizes;
        this.tokens = tokens;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Creates a token that works until {@code expiresOn} begins (midnight in the organisation's time zone).
     * Refuses a missing name, no scope, and an expiry date that is not after today or more than a year away.
     *
     * @return the new token's row and its text, which cannot be shown again
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public NewApiToken create(String name, Set<ApiScope> scopes, @Nullable LocalDate expiresOn) {
        String by = currentUser.require().getUsername();
        LocalDate today = LocalDate.now(clock);
        var problems = new LinkedHashMap<String, String>();
        String cleanName = name.strip();
        if (cleanName.isEmpty()) {
            problems.put("name", messages.get("api-tokens.error.name-missing"));
        } else if (ColumnSizes.length(cleanName) > columnSizes.max("api_token", "name")) {
            problems.put("name", messages.get("api-tokens.error.name-too-long", columnSizes.max("api_token", "name")));
        }
        if (scopes.isEmpty()) {
            problems.put("scopes", messages.get("api-tokens.error.no-scope"));
        }
        if (expiresOn == null) {
            problems.put("expiresOn", messages.get("api-tokens.error.no-date"));
        } else if (!expiresOn.isAfter(today)) {
            problems.put("expiresOn", messages.get("api-tokens.error.not-after-today"));
        } else if (expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            problems.put("expiresOn", messages.get("api-tokens.error.too-far", messages.formats().date(today.plusDays(MAX_DAYS))));
        }
        if (!problems.isEmpty() || expiresOn == null) {
            throw new ApiTokenRejected(problems);
        }
        String token = TokenSecrets.newToken();
        var saved = tokens.saveAndFlush(new ApiToken(cleanName, TokenSecrets.shown(token), TokenSecrets.hash(token), scopes, by,
                clock.instant(), Days.startOf(expiresOn, clock)));
        audit.record("api token created", AUDIT_TYPE, String.valueOf(saved.getId()),
                "API token '" + cleanName + "' created for " + saved.row().scopes().stream().map(ApiScope::id).toList()
                        + ", expires " + expiresOn, null, saved.describe());
        return new NewApiToken(saved.row(), token);
    }

    /** Tokens newest first, revoked and expired ones included (they are the history of who could read what). */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<ApiTokenRow> page(Pageable page) {
        return tokens.newestFirst(page).stream().map(ApiToken::row).toList();
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public long count() {
        return tokens.count();
    }

    /** Revokes a token at once; it is kept in the list as revoked. Revoking twice is refused. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public ApiTokenRow revoke(long tokenId) {
        String by = currentUser.require().getUsername();
        ApiToken token = tokens.findById(tokenId)
                .orElseThrow(() -> new ApiTokenRejected(Map.of("token", messages.get("api-tokens.error.gone"))));
        if (token.isRevoked()) {
            throw new ApiTokenRejected(Map.of("token", messages.get("api-tokens.error.already-revoked")));
        }
        String before = token.describe();
        token.revoke(by, clock.instant());
        var saved = tokens.saveAndFlush(token);
        audit.record("api token revoked", AUDIT_TYPE, String.valueOf(tokenId),
                "API token '" + saved.row().name() + "' (" + saved.row().prefix() + "…) revoked", before, saved.describe());
        return saved.row();
    }
}
