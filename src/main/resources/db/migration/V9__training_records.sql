-- Which continuity roles each served module is required for (the audience of its current version),
-- kept by the catalogue on every load so that readiness and coverage are computed in the database.
CREATE TABLE training_module_role (
    role_key  VARCHAR(80) NOT NULL,
    module_id VARCHAR(80) NOT NULL,
    PRIMARY KEY (role_key, module_id),
    INDEX idx_training_module_role_module (module_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A module someone has to complete by a date, and why (a continuity role, a person's decision, a
-- campaign, a refresher). Closed by a completion or waived with a reason; never deleted.
CREATE SEQUENCE training_assignment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE training_assignment (
    id            BIGINT       NOT NULL,
    employee_id   BIGINT       NOT NULL,
    module_id     VARCHAR(80)  NOT NULL,
    origin        VARCHAR(20)  NOT NULL,
    origin_ref    VARCHAR(120) NULL,
    reason        VARCHAR(500) NOT NULL,
    assigned_by   VARCHAR(100) NOT NULL,
    assigned_at   DATETIME(6)  NOT NULL,
    due_on        DATE         NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    started_at    DATETIME(6)  NULL,
    closed_at     DATETIME(6)  NULL,
    closed_by     VARCHAR(100) NULL,
    close_reason  VARCHAR(500) NULL,
    completion_id BIGINT       NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    -- one open assignment per person and module, guarded by the database as well
    open_key      VARCHAR(120) AS (CASE WHEN status = 'OPEN' THEN CONCAT(employee_id, ':', module_id) END) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uk_training_assignment_open UNIQUE (open_key),
    CONSTRAINT fk_training_assignment_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_training_assignment_status CHECK (status IN ('OPEN', 'COMPLETED', 'WAIVED')),
    INDEX idx_training_assignment_employee (employee_id, status, due_on),
    INDEX idx_training_assignment_due (status, due_on),
    INDEX idx_training_assignment_module (module_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A passed module: the exact version taken, the score, and until when it counts as current.
CREATE SEQUENCE training_completion_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE training_completion (
    id                BIGINT      NOT NULL,
    employee_id       BIGINT      NOT NULL,
    module_id         VARCHAR(80) NOT NULL,
    module_version_id BIGINT      NOT NULL,
    module_version    VARCHAR(40) NOT NULL,
    module_major      INT         NOT NULL,
    score             INT         NOT NULL,
    completed_at      DATETIME(6) NOT NULL,
    expires_at        DATETIME(6) NOT NULL,
    assignment_id     BIGINT      NULL,
    verification_code CHAR(16)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_training_completion_code UNIQUE (verification_code),
    CONSTRAINT fk_training_completion_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_training_completion_version FOREIGN KEY (module_version_id) REFERENCES training_module_version (id),
    INDEX idx_training_completion_employee (employee_id, module_id, expires_at),
    INDEX idx_training_completion_module (module_id, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
