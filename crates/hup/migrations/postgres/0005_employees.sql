-- The employee journey (R7, R15–R17, R19): registrations of work addresses, the claims that
-- confirming them yields, personal accounts and the eligibility grants binding the two.
-- Flags are 0/1 integers, times epoch seconds; tokens are kept only as SHA-256 hashes.

-- One row per "Get started": the confirmation link's token hash, single use, expiring; only
-- the newest registration of a mailbox can be confirmed (a new one voids the older links).
CREATE TABLE registrations (
    id           BIGSERIAL PRIMARY KEY,
    tenant_id    BIGINT  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    work_email   TEXT    NOT NULL,   -- normalized
    mailbox      TEXT    NOT NULL,   -- without a +tag: limits count per mailbox
    token_hash   TEXT    NOT NULL UNIQUE,
    locale       TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    expires_at   BIGINT  NOT NULL,
    confirmed_at BIGINT 
);
CREATE INDEX registrations_mailbox ON registrations (mailbox, id);
CREATE INDEX registrations_tenant ON registrations (tenant_id);

-- What a confirmed registration yields: the sign-in step binds it to a personal account once.
CREATE TABLE claims (
    token_hash      TEXT    PRIMARY KEY,
    registration_id BIGINT  NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    tenant_id       BIGINT  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    work_email      TEXT    NOT NULL,
    mailbox         TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    expires_at      BIGINT  NOT NULL,
    bound_at        BIGINT 
);

-- Fixed-window counters of the registration throttles (per mailbox, domain and client),
-- here so that they hold across several `hup serve` processes.
CREATE TABLE rate_windows (
    key          TEXT    NOT NULL,
    window_start BIGINT  NOT NULL,
    hits         BIGINT  NOT NULL,
    PRIMARY KEY (key, window_start)
);

-- Personal accounts (R7): the personal address, never at an organization's verified domain.
CREATE TABLE employees (
    id            BIGSERIAL PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE,  -- normalized personal address
    password_hash TEXT    NOT NULL,         -- Argon2id PHC string
    country       TEXT    NOT NULL,         -- ISO 3166-1 alpha-2
    display_name  TEXT,
    locale        TEXT    NOT NULL,
    confirmed_at  BIGINT ,
    created_at    BIGINT  NOT NULL
);

-- Links mailed to the personal address: 'confirm' the account or 'reset' the password.
CREATE TABLE employee_tokens (
    token_hash  TEXT    PRIMARY KEY,
    employee_id BIGINT  NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
    purpose     TEXT    NOT NULL,
    expires_at  BIGINT  NOT NULL
);
CREATE INDEX employee_tokens_employee ON employee_tokens (employee_id, purpose);

-- Eligibility grants (R17): a confirmed work address bound to a personal account, for a
-- tenant, until expires_at. One current grant per mailbox and per account.
CREATE TABLE grants (
    id          BIGSERIAL PRIMARY KEY,
    employee_id BIGINT  NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
    tenant_id   BIGINT  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    work_email  TEXT    NOT NULL,
    mailbox     TEXT    NOT NULL,
    granted_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL,
    ended_at    BIGINT 
);
CREATE UNIQUE INDEX grants_current_mailbox ON grants (mailbox) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX grants_current_employee ON grants (employee_id) WHERE ended_at IS NULL;
CREATE INDEX grants_tenant ON grants (tenant_id);
