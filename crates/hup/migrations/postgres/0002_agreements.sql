-- The licensing-agreement feed (R9), one row per agreement line. A line is identified by
-- (customer, agreement, product, start day): a feed re-sending it updates it in place, and a
-- line that starts on another day (a renewal, a true-up) is a line of its own.
-- ended_on: the day an import with --snapshot ended the line because the file no longer held it
-- (its end_date was then set to the day before); NULL for lines the feed itself dated.
CREATE TABLE agreement_lines (
    customer_number    TEXT    NOT NULL,
    agreement_number   TEXT    NOT NULL,
    product            TEXT    NOT NULL,
    start_date         TEXT    NOT NULL,
    end_date           TEXT    NOT NULL,
    customer_name      TEXT    NOT NULL,
    segment            TEXT    NOT NULL,
    country            TEXT    NOT NULL,
    contact_email      TEXT    NOT NULL,
    quantity           BIGINT  NOT NULL,
    software_assurance BIGINT  NOT NULL,   -- 0 or 1
    ended_on           TEXT,
    updated_at         BIGINT  NOT NULL,
    PRIMARY KEY (customer_number, agreement_number, product, start_date)
);

-- One row per customer of the feed, with its stored R8 verdict as of evaluated_on.
-- criteria: JSON array of the criteria met and the lines behind each.
-- valid_until: last day the verdict holds without new data; NULL when not eligible or never ending.
-- recheck_on: the first day on which the verdict may change without new data (a line starts
-- or ends); the daily re-check evaluates customers whose day has come.
CREATE TABLE customers (
    customer_number TEXT    PRIMARY KEY,
    customer_name   TEXT    NOT NULL,
    segment         TEXT    NOT NULL,
    country         TEXT    NOT NULL,
    eligible        BIGINT  NOT NULL,  -- 0 or 1
    criteria        TEXT    NOT NULL,
    valid_until     TEXT,
    evaluated_on    TEXT    NOT NULL,
    recheck_on      TEXT,
    evaluated_at    BIGINT  NOT NULL
);
CREATE INDEX customers_recheck ON customers (recheck_on) WHERE recheck_on IS NOT NULL;
