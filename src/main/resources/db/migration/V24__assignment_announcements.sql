-- People hear of training newly assigned to them: one e-mail (and a bell notification) listing what is new,
-- written by a clustered job every few minutes. Each assignment says whether it is still to be announced:
--   PENDING  to be announced by the next run of the job
--   SENT     announced (announced_at: when the notification was written, in the same transaction)
--   SILENT   not to be announced (a campaign that turned announcements off)
--   SKIPPED  not announced: closed (completed, waived) before the job came, or the person left or was disabled
--   NULL     made before announcements existed, or written by a path that does not announce (fixtures, scale data)
-- Every path that assigns names the state it wants; the NULL default leaves the existing rows alone (no update of a
-- million rows here, and no flood of e-mails about old training after an upgrade). The columns are added first on
-- their own, so MariaDB can add them in place without copying the table; the index is built afterwards.
ALTER TABLE training_assignment
    ADD COLUMN announcement VARCHAR(8) NULL,
    ADD COLUMN announced_at DATETIME(6) NULL;

-- The job's look-up: the people with something pending, by employee id, in chunks.
CREATE INDEX idx_training_assignment_announcement ON training_assignment (announcement, employee_id);

-- A campaign may assign without telling people (for example a quiet top-up of late joiners); on by default.
ALTER TABLE campaign ADD COLUMN announce_assignments BOOLEAN NOT NULL DEFAULT TRUE;
