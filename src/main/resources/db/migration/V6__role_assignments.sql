-- Who holds which continuity role, for which critical service, as primary or deputy. Ending an
-- assignment keeps it (ended_at, ended_by, end_reason): the history is evidence.
CREATE SEQUENCE role_assignment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE role_assignment (
    id          BIGINT       NOT NULL,
    employee_id BIGINT       NOT NULL,
    role_key    VARCHAR(80)  NOT NULL,
    service_id  BIGINT       NULL,
    position    VARCHAR(10)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    assigned_by VARCHAR(100) NOT NULL,
    assigned_at DATETIME(6)  NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_until DATE         NULL,
    ended_at    DATETIME(6)  NULL,
    ended_by    VARCHAR(100) NULL,
    end_reason  VARCHAR(500) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    -- one current primary per service and role, guarded by the database as well as by the service
    current_primary VARCHAR(120) AS (CASE WHEN ended_at IS NULL AND position = 'PRIMARY' AND service_id IS NOT NULL
                                          THEN CONCAT(service_id, ':', role_key) END) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uk_role_assignment_current_primary UNIQUE (current_primary),
    CONSTRAINT fk_role_assignment_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_role_assignment_service FOREIGN KEY (service_id) REFERENCES critical_service (id),
    CONSTRAINT ck_role_assignment_position CHECK (position IN ('PRIMARY', 'DEPUTY')),
    INDEX idx_role_assignment_employee (employee_id, ended_at),
    INDEX idx_role_assignment_service (service_id, role_key, ended_at),
    INDEX idx_role_assignment_role (role_key, ended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
