-- ISO 22301 evidence packs: a PDF with a CSV appendix describing competence, role holders, training,
-- readiness and gaps as at a chosen date. Generated in the background (a one-shot Quartz job per pack);
-- the files are stored only once both are complete, so a failed or unfinished pack offers nothing to download.
CREATE SEQUENCE evidence_pack_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE evidence_pack (
    id               BIGINT        NOT NULL,
    as_of            DATE          NOT NULL,
    period_from      DATE          NOT NULL,
    requested_by     VARCHAR(100)  NOT NULL,
    requested_at     DATETIME(6)   NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    progress_percent INT           NOT NULL DEFAULT 0,
    progress         VARCHAR(200)  NULL,
    started_at       DATETIME(6)   NULL,
    finished_at      DATETIME(6)   NULL,
    error            VARCHAR(1000) NULL,
    pdf              LONGBLOB      NULL,
    pdf_size         BIGINT        NULL,
    csv              LONGBLOB      NULL,
    csv_size         BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_evidence_pack_status CHECK (status IN ('QUEUED', 'RUNNING', 'READY', 'FAILED')),
    CONSTRAINT ck_evidence_pack_period CHECK (period_from < as_of),
    CONSTRAINT ck_evidence_pack_files CHECK (status <> 'READY' OR (pdf IS NOT NULL AND csv IS NOT NULL)),
    INDEX idx_evidence_pack_requested (requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
