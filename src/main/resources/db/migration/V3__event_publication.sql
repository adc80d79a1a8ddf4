-- Spring Modulith's event publication registry (JPA): events between modules survive a restart
-- until every listener has handled them. Names as Hibernate maps Spring Modulith 2.0's entities (lower case: MariaDB names are case-sensitive on Linux).
CREATE TABLE event_publication (
    id                     UUID         NOT NULL,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)  NOT NULL,
    completion_date        DATETIME(6)  NULL,
    status                 VARCHAR(20)  NULL,
    completion_attempts    INT          NOT NULL DEFAULT 0,
    last_resubmission_date DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX idx_event_publication_completion (completion_date),
    INDEX idx_event_publication_status (status, publication_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_publication_archive (
    id                     UUID         NOT NULL,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)  NOT NULL,
    completion_date        DATETIME(6)  NULL,
    status                 VARCHAR(20)  NULL,
    completion_attempts    INT          NOT NULL DEFAULT 0,
    last_resubmission_date DATETIME(6)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
