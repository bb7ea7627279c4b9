-- Org admins' directories (tenants), their work accounts, sessions, proven domains and the
-- licensing customer connected to each (R9–R12). Flags are 0/1 integers, times epoch seconds.

CREATE TABLE tenants (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    home_domain       TEXT    NOT NULL,   -- the domain of the first sign-up (ASCII, IDNA)
    managed           INTEGER NOT NULL DEFAULT 0,
    hup_enabled       INTEGER NOT NULL DEFAULT 1,
    hup_changed_by    INTEGER,            -- the admin who last switched the benefit
    hup_changed_at    INTEGER,
    terms_accepted_by INTEGER,            -- switching on accepts the program terms
    terms_accepted_at INTEGER,
    created_at        INTEGER NOT NULL
);
-- One unmanaged tenant per domain: later sign-ups of that domain join it.
CREATE UNIQUE INDEX tenants_unmanaged_home ON tenants (home_domain) WHERE managed = 0;

CREATE TABLE admins (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT    NOT NULL UNIQUE,  -- the normalized work address
    domain        TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,         -- Argon2id PHC string
    locale        TEXT    NOT NULL,
    tenant_id     INTEGER REFERENCES tenants (id),  -- set when the address is confirmed
    role          TEXT    NOT NULL DEFAULT 'member', -- 'admin' or 'member'
    confirmed_at  INTEGER,
    created_at    INTEGER NOT NULL
);
CREATE INDEX admins_tenant ON admins (tenant_id);

CREATE TABLE admin_confirmations (
    token_hash TEXT    PRIMARY KEY,
    admin_id   INTEGER NOT NULL REFERENCES admins (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);

-- Sessions of admins and employees alike, told apart by kind; only the token's hash is kept.
CREATE TABLE sessions (
    token_hash TEXT    PRIMARY KEY,
    kind       TEXT    NOT NULL,
    subject_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_subject ON sessions (kind, subject_id);

-- Failed sign-ins, kept here so the throttle holds across several `hup serve` processes.
CREATE TABLE signin_failures (
    key TEXT    NOT NULL,
    at  INTEGER NOT NULL
);
CREATE INDEX signin_failures_key ON signin_failures (key, at);

CREATE TABLE tenant_domains (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id       INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    domain          TEXT    NOT NULL,       -- ASCII (IDNA)
    token           TEXT    NOT NULL,       -- published in DNS, so not a secret
    verified        INTEGER NOT NULL DEFAULT 0,
    verified_at     INTEGER,
    verified_by     INTEGER,
    last_checked_at INTEGER,
    last_reason     TEXT,
    missing_since   INTEGER,                -- first failed re-check of a verified domain
    created_at      INTEGER NOT NULL,
    UNIQUE (tenant_id, domain)
);
-- A domain belongs to at most one managed tenant.
CREATE UNIQUE INDEX tenant_domains_verified ON tenant_domains (domain) WHERE verified = 1;

-- The licensing customer behind a tenant (R9): one customer per tenant and per customer.
CREATE TABLE customer_connections (
    customer_number TEXT    PRIMARY KEY,
    tenant_id       INTEGER NOT NULL UNIQUE REFERENCES tenants (id) ON DELETE CASCADE,
    status          TEXT    NOT NULL,       -- 'approved' or 'pending'
    requested_by    INTEGER NOT NULL,
    requested_at    INTEGER NOT NULL,
    decided_at      INTEGER
);
