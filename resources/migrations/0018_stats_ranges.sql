-- Distinct subjects paid over any range of months, without scanning the
-- range's subject-months. Owner: models/stats. Triggers:
-- 0018_stats_ranges.sqlite.sql and 0018_stats_ranges.postgresql.sql.
--
-- A subject (kind and id) paid in months m1 < m2 < ... counts once in a
-- range [F, T]: at the first of its months in the range, which is the month
-- whose previous paid month is before F. So the table keeps, per scope, how
-- many subjects have a paid month `period` whose previous paid month was
-- `previous_period` ('' = none), and the subjects of [F, T] are
--     sum(subjects) WHERE period BETWEEN F AND T AND previous_period < F.
-- At most months x (months + 1) / 2 rows per scope and kind, whatever the
-- size of the ledger. Scopes: policy_code = one policy, or '*' = every
-- policy together (a subject paid under two policies counts once).
-- Follows stats_subject_month (0008), whose rows are the paid subject-months,
-- row by row: the 0008 triggers write it one row a statement. A statement
-- that writes many of its rows at once (DisbursementStore::rebuild)
-- recomputes this table afterwards with the statements below.
CREATE TABLE stats_subject_gap (
    policy_code TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    period TEXT NOT NULL,
    previous_period TEXT NOT NULL,
    subjects BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (policy_code, subject_kind, period, previous_period)
) {{WITHOUT_ROWID}};

INSERT INTO stats_subject_gap (policy_code, subject_kind, period, previous_period, subjects)
    SELECT policy_code, subject_kind, period, previous_period, count(*) FROM (
        SELECT policy_code, subject_kind, period,
               coalesce(lag(period) OVER (PARTITION BY policy_code, subject_kind, subject_id ORDER BY period), '') AS previous_period
        FROM stats_subject_month) m
    GROUP BY policy_code, subject_kind, period, previous_period;
INSERT INTO stats_subject_gap (policy_code, subject_kind, period, previous_period, subjects)
    SELECT '*', subject_kind, period, previous_period, count(*) FROM (
        SELECT subject_kind, period,
               coalesce(lag(period) OVER (PARTITION BY subject_kind, subject_id ORDER BY period), '') AS previous_period
        FROM (SELECT DISTINCT subject_kind, subject_id, period FROM stats_subject_month) d) m
    GROUP BY subject_kind, period, previous_period;
