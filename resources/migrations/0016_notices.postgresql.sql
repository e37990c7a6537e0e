-- First paid month per subject (PostgreSQL): follows the rows of stats_subject_month.
CREATE FUNCTION stats_subject_month_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO stats_policy_subject_first AS f (policy_code, subject_id, subject_kind, first_period)
            VALUES (NEW.policy_code, NEW.subject_id, NEW.subject_kind, NEW.period)
            ON CONFLICT (policy_code, subject_id) DO UPDATE SET first_period = excluded.first_period
            WHERE excluded.first_period < f.first_period;
        INSERT INTO stats_subject_first AS f (subject_kind, subject_id, first_period)
            VALUES (NEW.subject_kind, NEW.subject_id, NEW.period)
            ON CONFLICT (subject_kind, subject_id) DO UPDATE SET first_period = excluded.first_period
            WHERE excluded.first_period < f.first_period;
        RETURN NULL;
    END IF;
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
    RETURN NULL;
END;
$$;
CREATE TRIGGER stats_subject_month_first AFTER INSERT OR DELETE ON stats_subject_month
    FOR EACH ROW EXECUTE FUNCTION stats_subject_month_changed();
