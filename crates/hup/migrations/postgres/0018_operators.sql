-- Issue 15: named operator accounts (the vendor's program team) and the second factor of
-- operators and org admins. Times are epoch seconds.

CREATE TABLE operators (
    id            BIGSERIAL PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE,  -- normalized (lower case)
    password_hash TEXT,                     -- Argon2id; NULL until the setup link is used
    created_at    BIGINT  NOT NULL,
    set_up_at     BIGINT                    -- when the password and the authenticator were set
);

-- One-time links that `hup operators add` and `reset-mfa` print; only the hash is kept.
CREATE TABLE operator_setup_links (
    token_hash  TEXT    PRIMARY KEY,
    operator_id BIGINT  NOT NULL REFERENCES operators (id) ON DELETE CASCADE,
    expires_at  BIGINT  NOT NULL
);

-- TOTP authenticators of operators and admins alike, told apart by kind ('operator', 'admin').
CREATE TABLE mfa_authenticators (
    kind        TEXT    NOT NULL,
    subject_id  BIGINT  NOT NULL,
    secret      TEXT    NOT NULL,            -- sealed with HUP_SECRET_KEY (secrets.rs)
    last_step   BIGINT  NOT NULL DEFAULT 0,  -- the replay guard: newest 30 s step accepted
    enrolled_at BIGINT  NOT NULL,
    PRIMARY KEY (kind, subject_id)
);

-- One-time recovery codes, kept as SHA-256 hashes of their normalized form.
CREATE TABLE mfa_recovery_codes (
    kind       TEXT    NOT NULL,
    subject_id BIGINT  NOT NULL,
    code_hash  TEXT    NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (kind, subject_id, code_hash)
);
