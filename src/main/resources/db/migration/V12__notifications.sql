-- Notifications: an outbox written in the same transaction as the change that causes it. The row is
-- both the in-app message (read_at) and the e-mail still to send (status, attempts, next_attempt_at).
-- dedupe_key (recipient, kind, subject key, UTC day) makes a repeated notification create nothing new.
-- Status: PENDING (to send when next_attempt_at is due), SENDING (claimed by a dispatcher until
-- next_attempt_at, then claimable again), SENT, FAILED (the address was refused; never retried).
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE notification (
    id              BIGINT        NOT NULL,
    recipient_id    BIGINT        NOT NULL,
    recipient_email VARCHAR(254)  NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    body            MEDIUMTEXT    NOT NULL,
    link            VARCHAR(500)  NULL,
    dedupe_key      VARCHAR(255)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NULL,
    sent_at         DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    read_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_notification_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES employee (id),
    CONSTRAINT ck_notification_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    -- the dispatcher's claim: due rows by time
    INDEX idx_notification_due (status, next_attempt_at),
    -- the bell and "my notifications": newest first, and the unread count
    INDEX idx_notification_recipient (recipient_id, created_at),
    INDEX idx_notification_unread (recipient_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
