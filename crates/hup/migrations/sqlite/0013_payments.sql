-- Issue 13: paying by card before an order is fulfilled (R18). Orders placed before payments
-- were confirmed at the program price with nothing taken: they become fulfilled, the state
-- the contract gives an order placed without payment.
UPDATE orders SET status = 'fulfilled' WHERE status = 'confirmed';

-- 'none' (no money taken) or 'stripe'.
ALTER TABLE orders ADD COLUMN provider TEXT NOT NULL DEFAULT 'none';
-- Each attempt to pay has its own intent at the provider: a retry after a decline starts a
-- new one, so the provider's idempotency key is the order's plus the attempt.
ALTER TABLE orders ADD COLUMN payment_attempt INTEGER NOT NULL DEFAULT 0;
-- The provider's PaymentIntent and SetupIntent of the current attempt, stored as soon as they
-- exist so that no call is made twice (hup de-duplicates its own calls).
ALTER TABLE orders ADD COLUMN payment_intent TEXT;
ALTER TABLE orders ADD COLUMN setup_intent TEXT;
-- What Stripe.js needs on the payment page to save the card for this attempt.
ALTER TABLE orders ADD COLUMN setup_client_secret TEXT;
-- Why the last attempt failed, in the provider's words.
ALTER TABLE orders ADD COLUMN payment_failure TEXT;
-- Set while one request confirms the payment, so a double-clicked Pay charges once.
ALTER TABLE orders ADD COLUMN paying_since INTEGER;
ALTER TABLE orders ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN paid_at INTEGER;
-- The receipt: a sequential number per seller, the seller as configured when it was paid,
-- and the VAT rate of the country's price list at checkout (hundredths of a percent).
ALTER TABLE orders ADD COLUMN receipt_number INTEGER;
ALTER TABLE orders ADD COLUMN seller_name TEXT;
ALTER TABLE orders ADD COLUMN seller_address TEXT;
ALTER TABLE orders ADD COLUMN seller_vat_id TEXT;
ALTER TABLE orders ADD COLUMN vat_basis_points INTEGER;
ALTER TABLE orders ADD COLUMN refund_id TEXT;
-- Consumer law (CRD art. 16(m), BGB §312j): when the employee consented to immediate
-- delivery and acknowledged losing the right of withdrawal.
ALTER TABLE orders ADD COLUMN withdrawal_waived_at INTEGER;
UPDATE orders SET updated_at = created_at;
CREATE UNIQUE INDEX orders_payment_intent ON orders (payment_intent);
CREATE INDEX orders_open ON orders (status, updated_at);

-- The provider's customer of each personal account (it pays the renewals).
CREATE TABLE payment_customers (
    employee_id INTEGER NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
    provider    TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    PRIMARY KEY (employee_id, provider)
);

-- Every provider event applied, so a repeated or concurrent delivery changes nothing.
CREATE TABLE payment_events (
    provider    TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    PRIMARY KEY (provider, event_id)
);

-- Receipt numbers, gap-free per seller: taken in the transaction that marks an order paid.
CREATE TABLE receipt_counters (
    seller      TEXT PRIMARY KEY,
    last_number INTEGER NOT NULL
);
