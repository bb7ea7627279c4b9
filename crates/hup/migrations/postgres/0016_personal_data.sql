-- issue 16 (GDPR art. 15, 17, 5(1)(e)): what export, erasure and retention need.
--
-- An erased account keeps its row, emptied, so its orders stay for the books (they reference
-- it); erased_at says it was erased, and nothing in the row names the person any more.
ALTER TABLE employees ADD COLUMN erased_at BIGINT;
-- A session that ends (sign-out, a password change) is kept, ended, as the account's sign-in
-- history until the retention job deletes it HUP_RETENTION_DAYS later.
ALTER TABLE sessions ADD COLUMN ended_at BIGINT;
-- Erasure and the export find an address's mail by its recipient.
CREATE INDEX outbox_recipient ON outbox (recipient);
-- The retention job finds old registrations and sessions without reading every row.
CREATE INDEX registrations_created ON registrations (created_at);
CREATE INDEX sessions_expires ON sessions (expires_at);
