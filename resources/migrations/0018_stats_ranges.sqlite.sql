-- Distinct subjects over ranges (SQLite): stats_subject_gap follows the rows
-- of stats_subject_month (see 0018_stats_ranges.sql). A month added between
-- two paid months splits their gap; a month removed joins them again.
-- Rows that fall to 0 stay (at most months x (months + 1) / 2 per scope).
-- (No UPSERT: the 0008 triggers insert with OR IGNORE, which would override it.)

-- The months of one subject under every policy (what the row triggers find
-- the previous and next paid month from).
CREATE INDEX stats_subject_month_subject_period ON stats_subject_month (subject_id, subject_kind, period);
CREATE TRIGGER stats_gap_policy_added AFTER INSERT ON stats_subject_month
BEGIN
    UPDATE stats_subject_gap SET subjects = subjects - 1 WHERE policy_code = NEW.policy_code AND subject_kind = NEW.subject_kind
        AND period = (SELECT min(m.period) FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id AND m.subject_kind = NEW.subject_kind AND m.policy_code = NEW.policy_code AND m.period > NEW.period) AND previous_period = coalesce((SELECT max(m.period) FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id AND m.subject_kind = NEW.subject_kind AND m.policy_code = NEW.policy_code AND m.period < NEW.period), '');
    INSERT OR IGNORE INTO stats_subject_gap (policy_code, subject_kind, period, previous_period)
        SELECT NEW.policy_code, NEW.subject_kind, g.period, g.previous_period FROM (SELECT (SELECT min(m.period) FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id AND m.subject_kind = NEW.subject_kind AND m.policy_code = NEW.policy_code AND m.period > NEW.period) AS period, NEW.period AS previous_period) g WHERE g.period IS NOT NULL;
    UPDATE stats_subject_gap SET subjects = subjects + 1 WHERE policy_code = NEW.policy_code AND subject_kind = NEW.subject_kind
        AND period = (SELECT min(m.period) FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id AND m.subject_kind = NEW.subject_kind AND m.policy_code = NEW.policy_code AND m.period > NEW.period) AND previous_period = NEW.period;
    INSERT OR IGNORE INTO stats_subject_gap (policy_code, subject_kind, period, previous_period)
        SELECT NEW.policy_code, NEW.subject_kind, g.period, g.previous_period FROM (SELECT NEW.period AS period, coalesce((SELECT max(m.period) FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id AND m.subject_kind = NEW.subject_kind AND m.policy_code = NEW.policy_code AND m.period < NEW.period), '') AS previous_period) g;
    UPDATE stats_subject_gap SET subjects = subjects + 1 WHERE policy_code = NEW.policy_code AND subject_kind = NEW.subject_kind
        AND period = NEW.period AND previous_period = coalesce((SELECT max(m.period) FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id AND m.subject_kind = NEW.subject_kind AND m.policy_code = NEW.policy_code AND m.period < NEW.period), '');
END;
CREATE TRIGGER stats_gap_policy_removed AFTER DELETE ON stats_subject_month
BEGIN
    UPDATE stats_subject_gap SET subjects = subjects - 1 WHERE policy_code = OLD.policy_code AND subject_kind = OLD.subject_kind
        AND period = OLD.period AND previous_period = coalesce((SELECT max(m.period) FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind AND m.policy_code = OLD.policy_code AND m.period < OLD.period), '');
    UPDATE stats_subject_gap SET subjects = subjects - 1 WHERE policy_code = OLD.policy_code AND subject_kind = OLD.subject_kind
        AND period = (SELECT min(m.period) FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind AND m.policy_code = OLD.policy_code AND m.period > OLD.period) AND previous_period = OLD.period;
    INSERT OR IGNORE INTO stats_subject_gap (policy_code, subject_kind, period, previous_period)
        SELECT OLD.policy_code, OLD.subject_kind, g.period, g.previous_period FROM (SELECT (SELECT min(m.period) FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind AND m.policy_code = OLD.policy_code AND m.period > OLD.period) AS period, coalesce((SELECT max(m.period) FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind AND m.policy_code = OLD.policy_code AND m.period < OLD.period), '') AS previous_period) g WHERE g.period IS NOT NULL;
    UPDATE stats_subject_gap SET subjects = subjects + 1 WHERE policy_code = OLD.policy_code AND subject_kind = OLD.subject_kind
        AND period = (SELECT min(m.period) FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind AND m.policy_code = OLD.policy_code AND m.period > OLD.period) AND previous_period = coalesce((SELECT max(m.period) FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind AND m.policy_code = OLD.policy_code AND m.period < OLD.period), '');
END;
CREATE TRIGGER stats_gap_any_policy_added AFTER INSERT ON stats_subject_month
    WHEN NOT EXISTS (SELECT 1 FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id
        AND m.subject_kind = NEW.subject_kind AND m.period = NEW.period AND m.policy_code <> NEW.policy_code)
BEGIN
    UPDATE stats_subject_gap SET subjects = subjects - 1 WHERE policy_code = '*' AND subject_kind = NEW.subject_kind
        AND period = (SELECT min(m.period) FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id AND m.subject_kind = NEW.subject_kind AND m.period > NEW.period) AND previous_period = coalesce((SELECT max(m.period) FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id AND m.subject_kind = NEW.subject_kind AND m.period < NEW.period), '');
    INSERT OR IGNORE INTO stats_subject_gap (policy_code, subject_kind, period, previous_period)
        SELECT '*', NEW.subject_kind, g.period, g.previous_period FROM (SELECT (SELECT min(m.period) FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id AND m.subject_kind = NEW.subject_kind AND m.period > NEW.period) AS period, NEW.period AS previous_period) g WHERE g.period IS NOT NULL;
    UPDATE stats_subject_gap SET subjects = subjects + 1 WHERE policy_code = '*' AND subject_kind = NEW.subject_kind
        AND period = (SELECT min(m.period) FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id AND m.subject_kind = NEW.subject_kind AND m.period > NEW.period) AND previous_period = NEW.period;
    INSERT OR IGNORE INTO stats_subject_gap (policy_code, subject_kind, period, previous_period)
        SELECT '*', NEW.subject_kind, g.period, g.previous_period FROM (SELECT NEW.period AS period, coalesce((SELECT max(m.period) FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id AND m.subject_kind = NEW.subject_kind AND m.period < NEW.period), '') AS previous_period) g;
    UPDATE stats_subject_gap SET subjects = subjects + 1 WHERE policy_code = '*' AND subject_kind = NEW.subject_kind
        AND period = NEW.period AND previous_period = coalesce((SELECT max(m.period) FROM stats_subject_month m WHERE m.subject_id = NEW.subject_id AND m.subject_kind = NEW.subject_kind AND m.period < NEW.period), '');
END;
CREATE TRIGGER stats_gap_any_policy_removed AFTER DELETE ON stats_subject_month
    WHEN NOT EXISTS (SELECT 1 FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id
        AND m.subject_kind = OLD.subject_kind AND m.period = OLD.period)
BEGIN
    UPDATE stats_subject_gap SET subjects = subjects - 1 WHERE policy_code = '*' AND subject_kind = OLD.subject_kind
        AND period = OLD.period AND previous_period = coalesce((SELECT max(m.period) FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind AND m.period < OLD.period), '');
    UPDATE stats_subject_gap SET subjects = subjects - 1 WHERE policy_code = '*' AND subject_kind = OLD.subject_kind
        AND period = (SELECT min(m.period) FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind AND m.period > OLD.period) AND previous_period = OLD.period;
    INSERT OR IGNORE INTO stats_subject_gap (policy_code, subject_kind, period, previous_period)
        SELECT '*', OLD.subject_kind, g.period, g.previous_period FROM (SELECT (SELECT min(m.period) FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind AND m.period > OLD.period) AS period, coalesce((SELECT max(m.period) FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind AND m.period < OLD.period), '') AS previous_period) g WHERE g.period IS NOT NULL;
    UPDATE stats_subject_gap SET subjects = subjects + 1 WHERE policy_code = '*' AND subject_kind = OLD.subject_kind
        AND period = (SELECT min(m.period) FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind AND m.period > OLD.period) AND previous_period = coalesce((SELECT max(m.period) FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind AND m.period < OLD.period), '');
END;
