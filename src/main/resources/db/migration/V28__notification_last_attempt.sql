-- When the outbox last tried to send each e-mail (set when a dispatcher claims it), so that the administrator's outbox
-- view can show the latest error with its time. Rows written before stay NULL until their next attempt.
ALTER TABLE notification ADD COLUMN last_attempt_at DATETIME(6) NULL;
