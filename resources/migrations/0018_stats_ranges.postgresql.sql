-- Distinct subjects over ranges (PostgreSQL): stats_subject_gap follows the
-- rows of stats_subject_month (see 0018_stats_ranges.sql). A month added
-- between two paid months splits their gap; a month removed joins them
-- again. Rows that fall to 0 stay (at most months x (months + 1) / 2 per scope).
-- A row trigger fires after its whole statement and sees every row the
-- statement wrote: right for the 0008 triggers' one-row statements; after a
-- statement of many rows the table is recomputed (0018_stats_ranges.sql).
CREATE FUNCTION stats_subject_gap_move(scope TEXT, kind TEXT, month TEXT, previous_month TEXT, delta BIGINT)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO stats_subject_gap AS g (policy_code, subject_kind, period, previous_period, subjects)
        VALUES (scope, kind, month, previous_month, delta)
        ON CONFLICT (policy_code, subject_kind, period, previous_period) DO UPDATE SET subjects = g.subjects + excluded.subjects;
$$;

CREATE FUNCTION stats_subject_gap_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r stats_subject_month%ROWTYPE;
    scope TEXT;
    previous_month TEXT;
    next_month TEXT;
BEGIN
    IF TG_OP = 'INSERT' THEN r := NEW; ELSE r := OLD; END IF;
    FOREACH scope IN ARRAY ARRAY[r.policy_code, '*'] LOOP
        IF scope = '*' AND EXISTS (SELECT 1 FROM stats_subject_month m WHERE m.subject_id = r.subject_id
                AND m.subject_kind = r.subject_kind AND m.period = r.period
                AND (TG_OP = 'DELETE' OR m.policy_code <> r.policy_code)) THEN
            CONTINUE; -- the month stays paid under another policy
        END IF;
        SELECT coalesce(max(m.period), '') INTO previous_month FROM stats_subject_month m
            WHERE m.subject_id = r.subject_id AND m.subject_kind = r.subject_kind
              AND (scope = '*' OR m.policy_code = scope) AND m.period < r.period;
        SELECT min(m.period) INTO next_month FROM stats_subject_month m
            WHERE m.subject_id = r.subject_id AND m.subject_kind = r.subject_kind
              AND (scope = '*' OR m.policy_code = scope) AND m.period > r.period;
        IF TG_OP = 'INSERT' THEN
            PERFORM stats_subject_gap_move(scope, r.subject_kind, r.period, previous_month, 1);
            IF next_month IS NOT NULL THEN
                PERFORM stats_subject_gap_move(scope, r.subject_kind, next_month, previous_month, -1);
                PERFORM stats_subject_gap_move(scope, r.subject_kind, next_month, r.period, 1);
            END IF;
        ELSE
            PERFORM stats_subject_gap_move(scope, r.subject_kind, r.period, previous_month, -1);
            IF next_month IS NOT NULL THEN
                PERFORM stats_subject_gap_move(scope, r.subject_kind, next_month, r.period, -1);
                PERFORM stats_subject_gap_move(scope, r.subject_kind, next_month, previous_month, 1);
            END IF;
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$;
CREATE TRIGGER stats_subject_month_gap AFTER INSERT OR DELETE ON stats_subject_month
    FOR EACH ROW EXECUTE FUNCTION stats_subject_gap_changed();
