-- A service role left without its holder (ended assignment, leaver): open until someone takes it.
CREATE SEQUENCE role_vacancy_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE role_vacancy (
    id                    BIGINT       NOT NULL,
    service_id            BIGINT       NOT NULL,
    role_key              VARCHAR(80)  NOT NULL,
    position              VARCHAR(10)  NOT NULL,
    previous_employee_id  BIGINT       NOT NULL,
    reason                VARCHAR(500) NOT NULL,
    vacated_at            DATETIME(6)  NOT NULL,
    filled_at             DATETIME(6)  NULL,
    filled_by_assignment  BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_role_vacancy_service FOREIGN KEY (service_id) REFERENCES critical_service (id),
    INDEX idx_role_vacancy_open (filled_at, service_id, role_key, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
