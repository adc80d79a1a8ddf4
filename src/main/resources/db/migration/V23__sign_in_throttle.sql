-- Failed local sign-ins, shared by every node: one row per failure, counted per account (or per user name that
-- belongs to no account) and per client address over a sliding window; and the locks they lead to.
-- Rows older than the window and ended locks are purged every day (directory.SignInThrottleJobs).
-- subject_type: 'account' (subject = the account's id), 'user-name' (the typed name, no such account),
-- 'address' (the client's address as the servlet container reports it).
CREATE TABLE sign_in_failure (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    subject_type VARCHAR(16)  NOT NULL,
    subject      VARCHAR(255) NOT NULL,
    failed_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_sign_in_failure_subject (subject_type, subject, failed_at),
    INDEX idx_sign_in_failure_at (failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sign_in_lock (
    subject_type VARCHAR(16)  NOT NULL,
    subject      VARCHAR(255) NOT NULL,
    locked_at    DATETIME(6)  NOT NULL,
    locked_until DATETIME(6)  NOT NULL,
    failures     INT          NOT NULL,
    PRIMARY KEY (subject_type, subject),
    INDEX idx_sign_in_lock_until (locked_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
