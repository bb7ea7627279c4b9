-- Extra benefits the operator grants an organization beyond the program's offers (R22: the
-- previous program's Visio and Project Professional 2019, "Other Office products").
CREATE TABLE tenant_extra_benefits (
    tenant_id  BIGINT NOT NULL REFERENCES tenants (id),
    benefit    TEXT   NOT NULL,   -- 'other-office-products'
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, benefit)
);
