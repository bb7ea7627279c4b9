-- Issue 14: subscriptions that renew at the price locked at their first purchase. hup owns
-- the schedule and charges the saved card off-session; times are epoch seconds.

-- The card an order was paid with: it pays the subscription's renewals.
ALTER TABLE orders ADD COLUMN payment_method TEXT;

CREATE TABLE subscriptions (
    id                 BIGSERIAL PRIMARY KEY,
    -- The order that bought it: one subscription per order, ever.
    order_id           BIGINT  NOT NULL UNIQUE REFERENCES orders (id) ON DELETE CASCADE,
    employee_id        BIGINT  NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
    product            TEXT    NOT NULL,
    term               TEXT    NOT NULL,   -- 'P1Y' or 'P1M'
    currency           TEXT    NOT NULL,
    -- The price locked at the first purchase: every renewal charges this.
    price_minor        BIGINT  NOT NULL,
    status             TEXT    NOT NULL,   -- active, past_due, cancelled, lapsed, ended
    started_at         BIGINT  NOT NULL,
    -- Periods paid so far (1 after the first purchase); period n ends n periods after start.
    periods            BIGINT  NOT NULL,
    current_period_end BIGINT  NOT NULL,
    provider           TEXT    NOT NULL,
    payment_method     TEXT,
    past_due_since     BIGINT,
    failure            TEXT,
    -- Set while one process renews it; another skips it until this is stale.
    claimed_until      BIGINT,
    -- The period whose 7-day reminder was sent.
    reminded_period    BIGINT  NOT NULL DEFAULT 0,
    updated_at         BIGINT  NOT NULL
);
CREATE INDEX subscriptions_due ON subscriptions (status, current_period_end);
CREATE INDEX subscriptions_employee ON subscriptions (employee_id, id);

-- Every renewal attempted: one row per subscription and period, so a period is charged once.
CREATE TABLE subscription_renewals (
    subscription_id BIGINT  NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    period          BIGINT  NOT NULL,
    amount_minor    BIGINT  NOT NULL,
    -- 'charged', 'recorded' (no provider), or 'failed'.
    outcome         TEXT    NOT NULL,
    payment_intent  TEXT,
    at              BIGINT  NOT NULL,
    PRIMARY KEY (subscription_id, period)
);
