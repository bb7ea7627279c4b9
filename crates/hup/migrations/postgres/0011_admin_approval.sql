-- issue 12 (org admin): an account that joins a managed tenant sees nothing of it until an
-- admin of the tenant (one who proved a domain) approves it. Accounts confirmed before this
-- migration stay approved, so the demo's admins and every existing admin keep their access.
ALTER TABLE admins ADD COLUMN approved_at BIGINT;
UPDATE admins SET approved_at = confirmed_at WHERE confirmed_at IS NOT NULL;
