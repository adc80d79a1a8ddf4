-- Second factors for local accounts that hold powerful app roles (HR, Administrator).
-- Passkeys: Spring Security's WebAuthn tables (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository).
CREATE TABLE user_entities (
    id           VARCHAR(255) CHARACTER SET ascii NOT NULL,
    name         VARCHAR(255) NOT NULL,
    display_name VARCHAR(255) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_user_entities_name (name)
);

CREATE TABLE user_credentials (
    credential_id                VARCHAR(1400) CHARACTER SET ascii NOT NULL,
    user_entity_user_id          VARCHAR(255) CHARACTER SET ascii NOT NULL,
    public_key                   BLOB         NOT NULL,
    signature_count              BIGINT       NULL,
    uv_initialized               BOOLEAN      NULL,
    backup_eligible              BOOLEAN      NOT NULL,
    authenticator_transports     VARCHAR(1000) NULL,
    public_key_credential_type   VARCHAR(100) NULL,
    backup_state                 BOOLEAN      NOT NULL,
    attestation_object           BLOB         NULL,
    attestation_client_data_json BLOB         NULL,
    created                      DATETIME(6)  NULL,
    last_used                    DATETIME(6)  NULL,
    label                        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (credential_id),
    INDEX idx_user_credentials_user (user_entity_user_id),
    CONSTRAINT fk_user_credentials_user FOREIGN KEY (user_entity_user_id) REFERENCES user_entities (id) ON DELETE CASCADE
);

-- One-time sign-in codes sent by e-mail as the second factor: only their SHA-256 is kept, for ten minutes.
CREATE SEQUENCE sign_in_code_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sign_in_code (
    id         BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    username   VARCHAR(255) NOT NULL,
    code_hash  CHAR(64)    CHARACTER SET ascii NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sign_in_code_hash (code_hash),
    INDEX idx_sign_in_code_account (account_id, created_at),
    CONSTRAINT fk_sign_in_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
