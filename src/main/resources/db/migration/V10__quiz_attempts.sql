-- Quiz attempts: the questions drawn (with their option order), the answers given, the score. One open
-- attempt per person and module, so an unfinished attempt resumes with the same questions.
CREATE SEQUENCE quiz_attempt_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE quiz_attempt (
    id                BIGINT      NOT NULL,
    employee_id       BIGINT      NOT NULL,
    module_id         VARCHAR(80) NOT NULL,
    module_version_id BIGINT      NOT NULL,
    assignment_id     BIGINT      NOT NULL,
    status            VARCHAR(10) NOT NULL,
    drawn             TEXT        NOT NULL,
    answers           TEXT        NULL,
    question_count    INT         NOT NULL,
    correct_count     INT         NULL,
    score             INT         NULL,
    started_at        DATETIME(6) NOT NULL,
    submitted_at      DATETIME(6) NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    open_key          VARCHAR(120) AS (CASE WHEN status = 'OPEN' THEN CONCAT(employee_id, ':', module_id) END) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT uk_quiz_attempt_open UNIQUE (open_key),
    CONSTRAINT fk_quiz_attempt_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_quiz_attempt_version FOREIGN KEY (module_version_id) REFERENCES training_module_version (id),
    CONSTRAINT fk_quiz_attempt_assignment FOREIGN KEY (assignment_id) REFERENCES training_assignment (id),
    CONSTRAINT ck_quiz_attempt_status CHECK (status IN ('OPEN', 'PASSED', 'FAILED', 'CLOSED')),
    INDEX idx_quiz_attempt_assignment (assignment_id, submitted_at),
    INDEX idx_quiz_attempt_employee (employee_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where each person stopped reading a module, so the reader resumes there.
CREATE TABLE reading_position (
    employee_id   BIGINT      NOT NULL,
    module_id     VARCHAR(80) NOT NULL,
    section_index INT         NOT NULL,
    updated_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (employee_id, module_id),
    CONSTRAINT fk_reading_position_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
