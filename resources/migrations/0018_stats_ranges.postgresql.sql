-- Distinct subjects over ranges (PostgreSQL): stats_subject_gap follows the
-- rows of stats_subject_month (see 0018_stats_ranges.sql), once per
-- statement: the subjects a statement touched are taken out with the gaps
-- they had and put back with the gaps they have, in one aggregated change.
-- (A row trigger would update the same few gap rows once per payment: in
-- one transaction PostgreSQL walks every earlier version of such a row, so a
-- month of 100,000 payments became quadratic.) Rows that fall to 0 stay.
CREATE FUNCTION stats_subject_gap_refresh(c_kind TEXT[], c_id TEXT[], c_policy TEXT[], c_period TEXT[], direction INTEGER)
RETURNS void LANGUAGE sql AS $$
    WITH changed AS (
        SELECT * FROM unnest(c_kind, c_id, c_policy, c_period) AS c(subject_kind, subject_id, policy_code, period)
    ), affected AS (
        SELECT DISTINCT subject_kind, subject_id FROM changed
    ), now_rows AS (
        SELECT m.policy_code, m.subject_kind, m.subject_id, m.period FROM stats_subject_month m
        JOIN affected a ON a.subject_id = m.subject_id AND a.subject_kind = m.subject_kind
    ), before_rows AS (
        -- direction 1: the statement added the changed rows; -1: it removed them.
        SELECT n.* FROM now_rows n WHERE direction < 0 OR NOT EXISTS (SELECT 1 FROM changed c
            WHERE c.policy_code = n.policy_code AND c.period = n.period AND c.subject_id = n.subject_id)
        UNION ALL
        SELECT c.policy_code, c.subject_kind, c.subject_id, c.period FROM changed c WHERE direction < 0
    ), weighted AS (
        SELECT 1 AS w, * FROM now_rows UNION ALL SELECT -1, * FROM before_rows
    ), gaps AS (
        SELECT w, policy_code, subject_kind, period,
               coalesce(lag(period) OVER (PARTITION BY w, policy_code, subject_kind, subject_id ORDER BY period), '') AS previous_period
        FROM weighted
        UNION ALL
        SELECT w, '*', subject_kind, period,
               coalesce(lag(period) OVER (PARTITION BY w, subject_kind, subject_id ORDER BY period), '')
        FROM (SELECT DISTINCT w, subject_kind, subject_id, period FROM weighted) d
    )
    INSERT INTO stats_subject_gap AS g (policy_code, subject_kind, period, previous_period, subjects)
        SELECT policy_code, subject_kind, period, previous_period, sum(w) FROM gaps
        GROUP BY policy_code, subject_kind, period, previous_period HAVING sum(w) <> 0
        ON CONFLICT (policy_code, subject_kind, period, previous_period) DO UPDATE SET subjects = g.subjects + excluded.subjects;
$$;

CREATE FUNCTION stats_subject_month_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_subject_gap_refresh(array_agg(subject_kind), array_agg(subject_id), array_agg(policy_code), array_agg(period), 1)
        FROM added HAVING count(*) > 0;
    RETURN NULL;
END;
$$;
CREATE FUNCTION stats_subject_month_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_subject_gap_refresh(array_agg(subject_kind), array_agg(subject_id), array_agg(policy_code), array_agg(period), -1)
        FROM removed HAVING count(*) > 0;
    RETURN NULL;
END;
$$;
CREATE TRIGGER stats_subject_month_gap_added AFTER INSERT ON stats_subject_month
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION stats_subject_month_added();
CREATE TRIGGER stats_subject_month_gap_removed AFTER DELETE ON stats_subject_month
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION stats_subject_month_removed();
