-- Statistics kept once per statement on PostgreSQL (docs/statistics.md):
-- see 0021_stats_statements.postgresql.sql. SQLite's row triggers (0008)
-- stay: SQLite changes a row in place, so a month of payments costs the
-- same per payment however many share a summary row.

-- payments (policy_code) is the leading column of
-- stats_payments_policy_period (0008): one index write less per payment.
DROP INDEX payments_policy;
