-- Refresher campaigns: which modules, for whom, when (a Quartz trigger per active campaign), how long
-- people get, and how they are reminded. Runs and enrolments are kept as evidence.
CREATE SEQUENCE campaign_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE campaign (
    id                    BIGINT        NOT NULL,
    name                  VARCHAR(120)  NOT NULL,
    description           VARCHAR(2000) NOT NULL,
    state                 VARCHAR(10)   NOT NULL,
    schedule_kind         VARCHAR(10)   NOT NULL,
    starts_at             DATETIME(6)   NOT NULL,
    cron                  VARCHAR(120)  NULL,
    zone                  VARCHAR(60)   NOT NULL,
    due_days              INT           NOT NULL,
    skip_valid_days       INT           NULL,
    everyone              BOOLEAN       NOT NULL,
    new_joiner_days       INT           NULL,
    remind_days_before    INT           NULL,
    remind_on_due_date    BOOLEAN       NOT NULL,
    overdue_every_days    INT           NULL,
    escalate_manager_days INT           NULL,
    escalate_cm_days      INT           NULL,
    created_by            VARCHAR(100)  NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_campaign_name UNIQUE (name),
    CONSTRAINT ck_campaign_state CHECK (state IN ('DRAFT', 'ACTIVE', 'PAUSED', 'ARCHIVED')),
    CONSTRAINT ck_campaign_due CHECK (due_days BETWEEN 1 AND 365)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_module (
    campaign_id BIGINT      NOT NULL,
    module_id   VARCHAR(80) NOT NULL,
    PRIMARY KEY (campaign_id, module_id),
    CONSTRAINT fk_campaign_module_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who a campaign is for: continuity roles, departments (by id) and locations; "everyone" is a flag.
CREATE TABLE campaign_audience (
    campaign_id BIGINT       NOT NULL,
    kind        VARCHAR(12)  NOT NULL,
    value       VARCHAR(120) NOT NULL,
    PRIMARY KEY (campaign_id, kind, value),
    CONSTRAINT fk_campaign_audience_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT ck_campaign_audience_kind CHECK (kind IN ('ROLE', 'DEPARTMENT', 'LOCATION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One launch of a campaign for one scheduled fire time; a repeated launch finds its run and adds nothing.
CREATE SEQUENCE campaign_run_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE campaign_run (
    id              BIGINT       NOT NULL,
    campaign_id     BIGINT       NOT NULL,
    fire_time       DATETIME(6)  NOT NULL,
    triggered_by    VARCHAR(100) NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    started_at      DATETIME(6)  NOT NULL,
    finished_at     DATETIME(6)  NULL,
    audience_size   INT          NOT NULL DEFAULT 0,
    processed       INT          NOT NULL DEFAULT 0,
    assigned        INT          NOT NULL DEFAULT 0,
    skipped_current INT          NOT NULL DEFAULT 0,
    already_open    INT          NOT NULL DEFAULT 0,
    failed          INT          NOT NULL DEFAULT 0,
    error           VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_campaign_run_fire UNIQUE (campaign_id, fire_time),
    CONSTRAINT fk_campaign_run_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT ck_campaign_run_status CHECK (status IN ('RUNNING', 'DONE', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The idempotency key of a launch: (campaign, fire time, employee, module). People who join the
-- audience later are enrolled against the latest run, with due dates counted from their enrolment.
CREATE TABLE campaign_enrolment (
    campaign_id   BIGINT      NOT NULL,
    fire_time     DATETIME(6) NOT NULL,
    employee_id   BIGINT      NOT NULL,
    module_id     VARCHAR(80) NOT NULL,
    outcome       VARCHAR(16) NOT NULL,
    enrolled_at   DATETIME(6) NOT NULL,
    assignment_id BIGINT      NULL,
    PRIMARY KEY (campaign_id, fire_time, employee_id, module_id),
    CONSTRAINT ck_campaign_enrolment_outcome CHECK (outcome IN ('ASSIGNED', 'SKIPPED_CURRENT', 'ALREADY_OPEN')),
    INDEX idx_campaign_enrolment_employee (employee_id),
    INDEX idx_campaign_enrolment_assignment (assignment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
