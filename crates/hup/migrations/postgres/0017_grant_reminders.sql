-- issue 16 (the grant's end): 30 days before a grant expires its employee is mailed once, with
-- a link to confirm the work address again. reminded_at is claimed by a conditional UPDATE in
-- the transaction that queues the mail, so several processes send it once.
ALTER TABLE grants ADD COLUMN reminded_at BIGINT;
CREATE INDEX grants_expiring ON grants (expires_at) WHERE ended_at IS NULL AND reminded_at IS NULL;
