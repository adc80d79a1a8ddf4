-- HR's employee imports: each file is previewed, then applied as a whole or not at all. The file is
-- kept with its preview until applied, and the record stays as the import history.
CREATE SEQUENCE employee_import_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE employee_import (
    id            BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    uploaded_by   VARCHAR(100) NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    complete_list BOOLEAN      NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    content       MEDIUMBLOB   NULL,
    rows_read     INT          NOT NULL,
    new_count     INT          NOT NULL,
    changed_count INT          NOT NULL,
    unchanged     INT          NOT NULL,
    deactivated   INT          NOT NULL,
    error_count   INT          NOT NULL,
    applied_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX idx_employee_import_time (uploaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
