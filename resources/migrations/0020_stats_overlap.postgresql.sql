-- Policies sharing subjects (PostgreSQL): follows the rows of
-- stats_policy_subject_first (see 0020_stats_overlap.sql), once per
-- statement, like the gaps of 0018: the subjects a statement touched are
-- taken out with the pairs they made and put back with the pairs they make.
CREATE FUNCTION stats_policy_overlap_refresh(c_kind TEXT[], c_id TEXT[], c_policy TEXT[], direction INTEGER)
RETURNS void LANGUAGE sql AS $$
    WITH changed AS (
        SELECT * FROM unnest(c_kind, c_id, c_policy) AS c(subject_kind, subject_id, policy_code)
    ), affected AS (
        SELECT DISTINCT subject_kind, subject_id FROM changed
    ), now_rows AS (
        SELECT f.policy_code, f.subject_kind, f.subject_id FROM stats_policy_subject_first f
        JOIN affected a ON a.subject_id = f.subject_id AND a.subject_kind = f.subject_kind
    ), weighted AS (
        SELECT 1 AS w, * FROM now_rows
        UNION ALL
        SELECT -1, n.* FROM now_rows n WHERE direction < 0 OR NOT EXISTS (SELECT 1 FROM changed c
            WHERE c.policy_code = n.policy_code AND c.subject_id = n.subject_id AND c.subject_kind = n.subject_kind)
        UNION ALL
        SELECT -1, c.policy_code, c.subject_kind, c.subject_id FROM changed c WHERE direction < 0
    )
    INSERT INTO stats_policy_overlap AS o (policy_code, other_policy_code, subjects)
        SELECT a.policy_code, b.policy_code, sum(a.w) FROM weighted a
        JOIN weighted b ON b.w = a.w AND b.subject_id = a.subject_id AND b.subject_kind = a.subject_kind
            AND b.policy_code <> a.policy_code
        GROUP BY a.policy_code, b.policy_code HAVING sum(a.w) <> 0
        ON CONFLICT (policy_code, other_policy_code) DO UPDATE SET subjects = o.subjects + excluded.subjects;
$$;

CREATE FUNCTION stats_policy_subject_first_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_policy_overlap_refresh(array_agg(subject_kind), array_agg(subject_id), array_agg(policy_code), 1)
        FROM added HAVING count(*) > 0;
    RETURN NULL;
END;
$$;
CREATE FUNCTION stats_policy_subject_first_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_policy_overlap_refresh(array_agg(subject_kind), array_agg(subject_id), array_agg(policy_code), -1)
        FROM removed HAVING count(*) > 0;
    RETURN NULL;
END;
$$;
CREATE TRIGGER stats_policy_subject_first_overlap_added AFTER INSERT ON stats_policy_subject_first
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION stats_policy_subject_first_added();
CREATE TRIGGER stats_policy_subject_first_overlap_removed AFTER DELETE ON stats_policy_subject_first
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION stats_policy_subject_first_removed();

-- A group of policies that share subjects is counted over its subject-months
-- (SubjectCounter): read from this index alone (SQLite's table, WITHOUT
-- ROWID, is ordered so already); about three times faster than the heap.
CREATE INDEX stats_subject_month_policy_subjects ON stats_subject_month (policy_code, period, subject_kind, subject_id);
