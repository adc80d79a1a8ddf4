-- Training catalogue: every valid version of every module ever loaded, with its full text, question
-- bank and images, so that a completion names the exact version taken and an invalid new file never
-- replaces the last valid version, even across restarts.

CREATE SEQUENCE training_module_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE training_module_version (
    id             BIGINT       NOT NULL,
    module_id      VARCHAR(80)  NOT NULL,
    version        VARCHAR(40)  NOT NULL,
    major          INT          NOT NULL,
    content_hash   CHAR(64)     NOT NULL,
    title          VARCHAR(200) NOT NULL,
    module_text    MEDIUMTEXT   NOT NULL,
    questions_text MEDIUMTEXT   NOT NULL,
    loaded_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_training_module_version_hash UNIQUE (module_id, content_hash),
    INDEX idx_training_module_version_module (module_id, loaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_module_asset (
    version_id BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    data       MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (version_id, name),
    CONSTRAINT fk_training_module_asset_version FOREIGN KEY (version_id) REFERENCES training_module_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The version each module currently serves. A module missing from the content folder is retired,
-- never deleted: completions refer to its versions.
CREATE TABLE training_module (
    module_id          VARCHAR(80) NOT NULL,
    current_version_id BIGINT      NOT NULL,
    retired            BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (module_id),
    CONSTRAINT fk_training_module_current FOREIGN KEY (current_version_id) REFERENCES training_module_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each load of the content folder (start-up or "Reload content") and what it found.
CREATE SEQUENCE content_load_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE content_load (
    id            BIGINT       NOT NULL,
    loaded_at     DATETIME(6)  NOT NULL,
    loaded_by     VARCHAR(100) NOT NULL,
    source        VARCHAR(500) NOT NULL,
    modules_added INT          NOT NULL,
    minor_changes INT          NOT NULL,
    major_changes INT          NOT NULL,
    removed       INT          NOT NULL,
    problem_count INT          NOT NULL,
    problems      MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_content_load_time (loaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
