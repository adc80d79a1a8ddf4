-- The organisation's own facts that the training quotes through placeholders ({{fallback-phone}} in a module's text
-- or questions): the label, description and default of each, as the last valid content/organisation.yaml gave them,
-- and the organisation's own value, which the continuity manager sets in the app ("Our arrangements"). A value is
-- read when a module or a quiz question is shown, never stored in a module version: changing it re-trains nobody.
-- A fact that the file no longer lists is kept (in_content false) with its value, for older module versions that
-- still name it and in case it comes back.
CREATE TABLE organisation_fact (
    fact_key      VARCHAR(60)  NOT NULL,
    sort_order    INT          NOT NULL,
    label         VARCHAR(120) NOT NULL,
    description   VARCHAR(500) NOT NULL,
    default_value VARCHAR(500) NOT NULL,
    in_content    BOOLEAN      NOT NULL,
    own_value     VARCHAR(500) NULL,
    changed_by    VARCHAR(100) NULL,
    changed_at    DATETIME(6)  NULL,
    revision      INT          NOT NULL,
    PRIMARY KEY (fact_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
