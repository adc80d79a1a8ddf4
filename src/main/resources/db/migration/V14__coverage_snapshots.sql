-- A day's coverage, kept for the trends: one row per day and dimension (the whole organisation, a
-- department, a continuity role, a module, a manager's reporting line). The primary key makes it one
-- snapshot a day however many nodes try; rows are never changed afterwards.
CREATE TABLE coverage_snapshot (
    snapshot_day        DATE        NOT NULL,
    dimension           VARCHAR(12) NOT NULL,
    dimension_key       VARCHAR(80) NOT NULL,
    required_pairs      BIGINT      NOT NULL,
    current_pairs       BIGINT      NOT NULL,
    expiring_pairs      BIGINT      NOT NULL,
    overdue_assignments BIGINT      NULL,
    taken_at            DATETIME(6) NOT NULL,
    PRIMARY KEY (snapshot_day, dimension, dimension_key),
    CONSTRAINT ck_coverage_snapshot_dimension CHECK (dimension IN ('ALL', 'DEPARTMENT', 'ROLE', 'MODULE', 'LINE')),
    INDEX idx_coverage_snapshot_series (dimension, dimension_key, snapshot_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
