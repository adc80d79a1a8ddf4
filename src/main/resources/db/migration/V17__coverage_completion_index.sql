-- Coverage asks, for each required person × module pair, for the latest expiry among the completions passed
-- by a moment (max(expires_at) where completed_at <= :at). With completed_at in the index the answer comes
-- from the index alone, without reading each completion's row: at 100,000 people this is one lookup per pair
-- (see BENCHMARKS.md, "at real scale"). The index keeps the old one's columns first, so it serves what that did
-- (readiness: a current completion per person and module; the foreign key on employee_id).
ALTER TABLE training_completion
    ADD INDEX idx_training_completion_pair (employee_id, module_id, expires_at, completed_at),
    DROP INDEX idx_training_completion_employee;
