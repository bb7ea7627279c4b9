-- Issue 15: every change an operator makes, in pages, API or command line, written in the same
-- transaction as the change itself.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         INTEGER NOT NULL,              -- epoch seconds
    actor_kind TEXT    NOT NULL,              -- 'operator', 'token' (HUP_OPERATOR_TOKEN), 'cli'
    actor      TEXT    NOT NULL,              -- the operator's address, the token, the OS user
    client     TEXT,                          -- the request's network address; NULL from the CLI
    action     TEXT    NOT NULL,              -- e.g. 'agreements.import', 'connection.approve'
    subject    TEXT    NOT NULL DEFAULT '',   -- what it concerns: a customer, a tenant, an address
    detail     TEXT    NOT NULL DEFAULT '{}'  -- a JSON object: the counts, the reason, …
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_action ON audit_log (action, id);
