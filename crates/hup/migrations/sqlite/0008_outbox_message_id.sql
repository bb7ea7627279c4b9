-- issue 11 (3, 10): every outbox row gets a stable Message-ID, given on its first claim and sent
-- with every attempt, so a receiver can drop a repeat after a crash; it outlives the body,
-- which is cleared once delivered (a sent mail's links must not stay readable in the database).
ALTER TABLE outbox ADD COLUMN message_id TEXT;
