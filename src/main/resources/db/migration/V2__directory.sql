-- Directory: departments, employees (HR's list) and the accounts people sign in with.
-- Times are DATETIME(6) holding UTC (hibernate.jdbc.time_zone=UTC): TIMESTAMP ends in 2038,
-- and certificates and expiry dates will reach beyond it.
-- Ids come from sequences (allocation 50) so that bulk imports can use JDBC batching.

CREATE SEQUENCE department_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE department (
    id      BIGINT       NOT NULL,
    name    VARCHAR(120) NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_department_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE employee_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE employee (
    id              BIGINT       NOT NULL,
    employee_number VARCHAR(40)  NOT NULL,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    department_id   BIGINT       NULL,
    manager_id      BIGINT       NULL,
    location        VARCHAR(120) NULL,
    hire_date       DATE         NULL,
    leaving_date    DATE         NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_employee_number UNIQUE (employee_number),
    CONSTRAINT fk_employee_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_employee_manager FOREIGN KEY (manager_id) REFERENCES employee (id),
    INDEX idx_employee_department_active (department_id, active),
    INDEX idx_employee_manager (manager_id),
    INDEX idx_employee_email (email),
    INDEX idx_employee_last_name (last_name, first_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;

-- An account is how a person signs in. password_hash is NULL for accounts that will only sign in
-- through single sign-on; employee_id is NULL for technical accounts (e.g. the first administrator).
CREATE TABLE account (
    id            BIGINT       NOT NULL,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254) NULL,
    password_hash VARCHAR(500) NULL,
    employee_id   BIGINT       NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    last_login_at DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT uk_account_employee UNIQUE (employee_id),
    CONSTRAINT fk_account_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX idx_account_role_role (role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
