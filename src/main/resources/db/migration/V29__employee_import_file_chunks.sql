-- An uploaded employee file is kept until applied in pieces of at most 1 MiB: the single MEDIUMBLOB held 16 MiB,
-- and one statement carrying a whole file is limited by the server's max_allowed_packet anyway. The upload limit
-- (UPLOAD_MAX_SIZE) decides how large a file may be; the pieces hold any size up to it.
CREATE TABLE employee_import_chunk (
    import_id BIGINT     NOT NULL,
    seq       INT        NOT NULL,
    data      MEDIUMBLOB NOT NULL,
    PRIMARY KEY (import_id, seq),
    CONSTRAINT fk_employee_import_chunk_import FOREIGN KEY (import_id) REFERENCES employee_import (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- files previewed and not yet applied keep their content, as one piece
INSERT INTO employee_import_chunk (import_id, seq, data)
SELECT id, 0, content FROM employee_import WHERE content IS NOT NULL;

ALTER TABLE employee_import DROP COLUMN content;
