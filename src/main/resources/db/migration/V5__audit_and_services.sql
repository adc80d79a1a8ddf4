-- Audit trail: append-only record of every change people make (who, what, when, before and after).
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL,
    at           DATETIME(6)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(80)  NOT NULL,
    subject_type VARCHAR(60)  NOT NULL,
    subject_id   VARCHAR(80)  NOT NULL,
    summary      VARCHAR(500) NOT NULL,
    before_state MEDIUMTEXT   NULL,
    after_state  MEDIUMTEXT   NULL,
    PRIMARY KEY (id),
    INDEX idx_audit_entry_at (at),
    INDEX idx_audit_entry_subject (subject_type, subject_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Critical IT services: how much downtime (RTO) and data loss (RPO) each can take, the outer limit
-- (MTPD), and which continuity roles it needs. Durations in minutes.
CREATE SEQUENCE critical_service_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE critical_service (
    id                BIGINT        NOT NULL,
    name              VARCHAR(120)  NOT NULL,
    description       VARCHAR(2000) NOT NULL,
    owner_employee_id BIGINT        NULL,
    tier              INT           NOT NULL,
    rto_minutes       INT           NOT NULL,
    rpo_minutes       INT           NOT NULL,
    mtpd_minutes      INT           NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_critical_service_name UNIQUE (name),
    CONSTRAINT fk_critical_service_owner FOREIGN KEY (owner_employee_id) REFERENCES employee (id),
    CONSTRAINT ck_critical_service_tier CHECK (tier BETWEEN 1 AND 3),
    CONSTRAINT ck_critical_service_rto_within_mtpd CHECK (rto_minutes <= mtpd_minutes),
    INDEX idx_critical_service_tier (tier, rto_minutes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The continuity roles a service requires (role keys from content/roles.yaml); a deputy as well when asked.
CREATE TABLE critical_service_role (
    service_id      BIGINT      NOT NULL,
    role_key        VARCHAR(80) NOT NULL,
    deputy_required BOOLEAN     NOT NULL,
    PRIMARY KEY (service_id, role_key),
    CONSTRAINT fk_critical_service_role_service FOREIGN KEY (service_id) REFERENCES critical_service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE critical_service_dependency (
    service_id    BIGINT NOT NULL,
    depends_on_id BIGINT NOT NULL,
    PRIMARY KEY (service_id, depends_on_id),
    CONSTRAINT fk_critical_service_dependency_service FOREIGN KEY (service_id) REFERENCES critical_service (id) ON DELETE CASCADE,
    CONSTRAINT fk_critical_service_dependency_target FOREIGN KEY (depends_on_id) REFERENCES critical_service (id),
    INDEX idx_critical_service_dependency_target (depends_on_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
