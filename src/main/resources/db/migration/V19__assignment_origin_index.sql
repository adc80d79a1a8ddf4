-- The refresher sweep asks "is there a refresher for this completion yet?" (origin = 'REFRESHER' and
-- origin_ref = 'completion:<id>') for every completion about to expire; without an index MariaDB scanned all
-- assignments for it (1.6 million rows at 100,000 people: minutes). Campaign filters and resets look up
-- origin = 'CAMPAIGN' and origin_ref = 'campaign:<id>' the same way.
CREATE INDEX idx_training_assignment_origin ON training_assignment (origin, origin_ref);
