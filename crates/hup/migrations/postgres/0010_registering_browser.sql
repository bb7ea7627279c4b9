-- issue 12 (employee, cross-device): the browser that registered a work address holds a
-- random "pending registration" token; only its hash is kept here. Once the registration is
-- confirmed on any device, that browser (signed in with a personal account) may bind the
-- confirmation's claim too. The token proves nothing about the mailbox and signs nobody in.
ALTER TABLE registrations ADD COLUMN browser_hash TEXT;
CREATE INDEX registrations_browser ON registrations (browser_hash);
