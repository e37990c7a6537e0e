-- Statistics kept once per statement on PostgreSQL (docs/statistics.md):
-- see 0021_stats_statements.postgresql.sql. SQLite's row triggers (0008)
-- stay: SQLite changes a row in place, so a month of payments costs the
-- same per payment however many share a summary row.

-- payments (policy_code) is the leading column of
-- stats_payments_policy_period (0008): one index write less per payment.
DROP INDEX payments_policy;

-- The subjects of a range under every policy are read from stats_subject_gap
-- (0018), no longer from the subject-months by month (0016's index).
DROP INDEX stats_subject_month_period;
