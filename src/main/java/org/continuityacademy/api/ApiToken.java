package org.continuityacademy.api;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** An API token as stored: its hash (never the token), scopes, expiry and whether it was revoked. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private @Nullable Long id;

    private String name = "";
    private String tokenPrefix = "";
    private String tokenHash = "";
    private String scopes = "";
    private String createdBy = "";
    private Instant createdAt = Instant.EPOCH;
    private Instant expiresAt = Instant.EPOCH;
    private @Nullable Instant revokedAt;
    private @Nullable String revokedBy;
    private @Nullable Instant lastUsedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    ApiToken(String name, String tokenPrefix, String tokenHash, Set<ApiScope> scopes, String createdBy, Instant createdAt,
             Instant expiresAt) {
        this.name = name;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.scopes = scopes.stream().sorted().map(ApiScope::id).collect(Collectors.joining(" "));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(String by, Instant at) {
        revokedAt = at;
        revokedBy = by;
    }

    /** The scopes stored; a name no longer known grants nothing. */
    Set<ApiScope> scopes() {
        var result = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(" ")).map(ApiScope::byId).flatMap(java.util.Optional::stream).forEach(result::add);
        return result;
    }

    String describe() {
        return "name=" + name + ", prefix=" + tokenPrefix + ", scopes=" + scopes + ", expires=" + expiresAt
                + (revokedAt == null ? "" : ", revoked=" + revokedAt + " by " + revokedBy);
    }

    ApiTokenRow row() {
        return new ApiTokenRow(getId(), name, tokenPrefix, scopes(), createdBy, createdAt, expiresAt, revokedAt, revokedBy,
                lastUsedAt);
    }
}
