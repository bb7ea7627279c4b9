-- Step 4, shop (R18): an employee's orders, each one offer at the price shown when it was
-- placed. Who bought what stays between the employee and the vendor (R20): no admin query
-- reads this table. Times are epoch seconds.
CREATE TABLE orders (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    employee_id      INTEGER NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
    -- The organization whose benefit unlocked the price, for the vendor's reports.
    tenant_id        INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    -- The client's Idempotency-Key: the same key never makes a second order.
    idempotency_key  TEXT    NOT NULL,
    product          TEXT    NOT NULL,
    term             TEXT    NOT NULL,
    country          TEXT    NOT NULL,
    currency         TEXT    NOT NULL,
    list_price_minor INTEGER NOT NULL,
    discount_percent INTEGER NOT NULL,
    price_minor      INTEGER NOT NULL,
    status           TEXT    NOT NULL,   -- 'confirmed'
    created_at       INTEGER NOT NULL,
    UNIQUE (employee_id, idempotency_key)
);
CREATE INDEX orders_employee ON orders (employee_id, id);
