-- issue 12 (org admin): switching the benefit on accepts a version of the program terms the
-- operator ships (HUP_TERMS). The tenant records which version, and the accepting admin's work
-- address beside terms_accepted_by, so the HUP tab can say who accepted even after that
-- account is removed. Acceptances from before this migration name no version: the tab shows
-- them as an earlier version, to accept again. Tenants created from now on start with the
-- benefit off (the code inserts hup_enabled = 0) until an admin accepts the terms.
ALTER TABLE tenants ADD COLUMN terms_version TEXT;
ALTER TABLE tenants ADD COLUMN terms_accepted_email TEXT;
UPDATE tenants SET terms_accepted_email =
    (SELECT email FROM admins WHERE admins.id = tenants.terms_accepted_by)
    WHERE terms_accepted_by IS NOT NULL;
