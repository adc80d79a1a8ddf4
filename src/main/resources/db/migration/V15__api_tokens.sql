-- Tokens with which BI tools and learning record stores read the REST API (/api/v1). The token itself
-- is shown once at creation and never stored: token_hash is the SHA-256 (hex) of the whole token. The
-- token carries 256 random bits, so a fast hash is enough (nobody can guess their way to a preimage) and
-- lets every request find its token by an index lookup; bcrypt is for low-entropy passwords, and would
-- cost ~100 ms on every API call. token_prefix (the token's first characters) is kept so that people
-- can tell their tokens apart in the list. scopes: space-separated scope names ("reports xapi").
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE api_token (
    id           BIGINT       NOT NULL,
    name         VARCHAR(120) NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    scopes       VARCHAR(200) NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    revoked_at   DATETIME(6)  NULL,
    revoked_by   VARCHAR(100) NULL,
    last_used_at DATETIME(6)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    INDEX idx_api_token_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The xAPI feed reads completions and failed quiz attempts in time order, from a point in time on.
CREATE INDEX idx_training_completion_completed ON training_completion (completed_at);
CREATE INDEX idx_quiz_attempt_submitted ON quiz_attempt (status, submitted_at);
