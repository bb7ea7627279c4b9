-- issue 11 (2): the client addresses an account signed in from, so an attacker's failures from
-- elsewhere cannot lock the owner out (NIST SP 800-63B 5.2.2). Only a hash of the address is
-- kept, salted with the account; an address counts as known for 90 days after its last success.
CREATE TABLE signin_known_addresses (
    account_kind TEXT    NOT NULL,   -- 'admin' or 'employee'
    account_id   INTEGER NOT NULL,
    address_hash TEXT    NOT NULL,
    last_success INTEGER NOT NULL,
    PRIMARY KEY (account_kind, account_id, address_hash)
);
