-- issue 18: a re-import skips customers whose lines did not change. feed_digest is a digest of
-- the customer's run of lines in the feed the last import read (with the checks' version, the
-- eligibility policy and the header in its key), set only when that import evaluated the
-- customer from the run alone, so that the stored lines are exactly the run's. Anything else
-- that changes the customer's lines or verdict (an import that cannot vouch for them, a
-- --snapshot ending its lines, the daily re-check) sets it back to NULL.
ALTER TABLE customers ADD COLUMN feed_digest TEXT;
