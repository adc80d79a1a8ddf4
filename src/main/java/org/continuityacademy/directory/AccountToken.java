package org.continuityacademy.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A single-use link to the set-password page, asked for (an invitation, a reset) and, once its e-mail is sent,
 * holding the SHA-256 of its token. The token itself is never stored. It works while it is neither used, nor
 * revoked (by a newer link of the same account and purpose), nor expired.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    private @Nullable Long id;

    private long accountId;
    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;
    private @Nullable String tokenHash;
    private Instant requestedAt;
    private String requestedBy;
    private Instant expiresAt;
    private @Nullable Instant issuedAt;
    private @Nullable Instant usedAt;
    private @Nullable Instant revokedAt;
    private int refusedRequests;

    @Version
    private long version;

    protected AccountToken() {
        this(0, TokenPurpose.INVITATION, "", Instant.EPOCH);
    }

    AccountToken(long accountId, TokenPurpose purpose, String requestedBy, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    @Nullable Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    TokenPurpose getPurpose() {
        return purpose;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable Instant getIssuedAt() {
        return issuedAt;
    }

    @Nullable Instant getUsedAt() {
        return usedAt;
    }

    @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    int getRefusedRequests() {
        return refusedRequests;
    }

    /** Neither used, nor revoked, nor expired at {@code now}. */
    boolean isOpen(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** A new token for the link (its e-mail is being sent): only its hash is kept; an earlier one stops working. */
    void issue(String hash, Instant now) {
        this.tokenHash = hash;
        this.issuedAt = now;
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            this.revokedAt = now;
        }
    }

    /** One more request refused by the throttle while this was the newest link; returns how many so far. */
    int refuseRequest() {
        return ++refusedRequests;
    }
}
