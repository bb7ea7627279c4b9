-- Mail waits here, written in the same transaction as the change that causes it.
CREATE TABLE outbox (
    id              BIGSERIAL PRIMARY KEY,
    recipient       TEXT   NOT NULL,
    subject         TEXT   NOT NULL,
    locale          TEXT   NOT NULL,
    message         TEXT   NOT NULL,   -- the whole RFC 5322 message, ready to send
    created_at      BIGINT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_until     BIGINT NOT NULL DEFAULT 0,
    sent_at         BIGINT,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;

-- Facts about the installation itself, e.g. that the demo data was loaded.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
