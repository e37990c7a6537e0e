-- First paid month per subject (SQLite): follows the rows of stats_subject_month.
-- (No UPSERT: the 0008 triggers insert with OR IGNORE, which would override it.)
CREATE TRIGGER stats_subject_month_added AFTER INSERT ON stats_subject_month
BEGIN
    INSERT OR IGNORE INTO stats_policy_subject_first (policy_code, subject_id, subject_kind, first_period)
        VALUES (NEW.policy_code, NEW.subject_id, NEW.subject_kind, NEW.period);
    UPDATE stats_policy_subject_first SET first_period = NEW.period
        WHERE policy_code = NEW.policy_code AND subject_id = NEW.subject_id AND first_period > NEW.period;
    INSERT OR IGNORE INTO stats_subject_first (subject_kind, subject_id, first_period)
        VALUES (NEW.subject_kind, NEW.subject_id, NEW.period);
    UPDATE stats_subject_first SET first_period = NEW.period
        WHERE subject_kind = NEW.subject_kind AND subject_id = NEW.subject_id AND first_period > NEW.period;
END;
CREATE TRIGGER stats_subject_month_removed AFTER DELETE ON stats_subject_month
BEGIN
    DELETE FROM stats_policy_subject_first WHERE policy_code = OLD.policy_code AND subject_id = OLD.subject_id
        AND NOT EXISTS (SELECT 1 FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.policy_code = OLD.policy_code);
    UPDATE stats_policy_subject_first SET first_period = (SELECT min(m.period) FROM stats_subject_month m
            WHERE m.subject_id = OLD.subject_id AND m.policy_code = OLD.policy_code)
        WHERE policy_code = OLD.policy_code AND subject_id = OLD.subject_id AND first_period = OLD.period;
    DELETE FROM stats_subject_first WHERE subject_kind = OLD.subject_kind AND subject_id = OLD.subject_id
        AND NOT EXISTS (SELECT 1 FROM stats_subject_month m WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind);
    UPDATE stats_subject_first SET first_period = (SELECT min(m.period) FROM stats_subject_month m
            WHERE m.subject_id = OLD.subject_id AND m.subject_kind = OLD.subject_kind)
        WHERE subject_kind = OLD.subject_kind AND subject_id = OLD.subject_id AND first_period = OLD.period;
END;
