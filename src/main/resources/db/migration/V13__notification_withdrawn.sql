-- A reminder that has not gone out yet is withdrawn when its assignment is completed or waived.
ALTER TABLE notification DROP CONSTRAINT ck_notification_status;
ALTER TABLE notification ADD CONSTRAINT ck_notification_status
    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'WITHDRAWN'));
