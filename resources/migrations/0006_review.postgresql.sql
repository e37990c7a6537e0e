-- Review, PostgreSQL part: triggers that keep award_counts (see 0006_review.sql).
-- Statement-level, with transition tables: a run that makes 100,000 awards
-- adds its counts in one statement (a row-level trigger would update the
-- same counts row 100,000 times in one transaction, each a new row version).
CREATE FUNCTION award_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO award_counts (policy_code, period, status, flags, n)
        SELECT policy_code, period, status, flags, COUNT(*) FROM new_rows GROUP BY policy_code, period, status, flags
        ON CONFLICT (policy_code, period, status, flags) DO UPDATE SET n = award_counts.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO award_counts (policy_code, period, status, flags, n)
        SELECT policy_code, period, status, flags, -COUNT(*) FROM old_rows GROUP BY policy_code, period, status, flags
        ON CONFLICT (policy_code, period, status, flags) DO UPDATE SET n = award_counts.n + EXCLUDED.n;
    ELSE
        -- Only the net change: a claim or a version bump writes nothing here.
        INSERT INTO award_counts (policy_code, period, status, flags, n)
        SELECT policy_code, period, status, flags, SUM(d) FROM (
            SELECT policy_code, period, status, flags, 1 AS d FROM new_rows
            UNION ALL
            SELECT policy_code, period, status, flags, -1 AS d FROM old_rows) x
        GROUP BY policy_code, period, status, flags HAVING SUM(d) <> 0
        ON CONFLICT (policy_code, period, status, flags) DO UPDATE SET n = award_counts.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER awards_count_insert AFTER INSERT ON awards REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION award_counts_track();
CREATE TRIGGER awards_count_update AFTER UPDATE ON awards REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION award_counts_track();
CREATE TRIGGER awards_count_delete AFTER DELETE ON awards REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION award_counts_track();
