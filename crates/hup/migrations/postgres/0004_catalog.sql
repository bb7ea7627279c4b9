-- The operator's catalog and market rules, each kept as the TOML document the operator
-- published (validated by hup-core before it is stored). `version` grows with every change,
-- so every hup process notices a new catalog within seconds.
CREATE TABLE catalog_documents (
    kind       TEXT PRIMARY KEY,   -- 'catalog' or 'markets'
    body       TEXT NOT NULL,
    version    BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
