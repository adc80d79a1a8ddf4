-- The learner's own service that each personal question of an attempt named, as it stood when the question was
-- drawn (name, role, tier, RTO, RPO, MTPD): the result shows the words the learner answered, even when the register
-- changes afterwards.
ALTER TABLE quiz_attempt ADD COLUMN personal TEXT NULL AFTER answers;
