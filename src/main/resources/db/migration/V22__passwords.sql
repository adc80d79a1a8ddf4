-- Passwords for local accounts: invitation and reset links, and the first administrator's forced change.
--
-- account_token: one row per link asked for (an invitation or a password reset). The row is written when the
-- link is asked for (so the reset throttle counts requests, and a newer request revokes the older ones); the
-- token itself is made when the e-mail is sent, and only its SHA-256 (hex) is kept in token_hash. A token carries
-- 256 random bits, so a fast hash suffices and lets the set-password page find it by an index lookup. The raw
-- token is stored nowhere: not here, not in the outbox (notification.link_ref names the row, not the token).
-- A link works while used_at and revoked_at are NULL and expires_at is in the future.
CREATE SEQUENCE account_token_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account_token (
    id                BIGINT       NOT NULL,
    account_id        BIGINT       NOT NULL,
    purpose           VARCHAR(20)  NOT NULL,
    token_hash        CHAR(64)     NULL,
    requested_at      DATETIME(6)  NOT NULL,
    requested_by      VARCHAR(100) NOT NULL,
    expires_at        DATETIME(6)  NOT NULL,
    issued_at         DATETIME(6)  NULL,
    used_at           DATETIME(6)  NULL,
    revoked_at        DATETIME(6)  NULL,
    -- requests refused by the throttle while this was the newest reset link (only the first is audited)
    refused_requests  INT          NOT NULL DEFAULT 0,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET')),
    -- open links of an account and purpose (revoked by a newer one), and the throttle's count of the last hour
    INDEX idx_account_token_account (account_id, purpose, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The first administrator's generated password must be changed at the first sign-in.
ALTER TABLE account ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;

-- An e-mail whose link holds a secret names what the link is for ("account-token:42"); the dispatcher asks the
-- owning module for the link at the moment it sends, so the secret never rests in the outbox. Such rows are
-- e-mail only: the bell does not list them.
ALTER TABLE notification ADD COLUMN link_ref VARCHAR(100) NULL;
