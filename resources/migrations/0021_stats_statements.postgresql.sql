-- The summary tables of 0008 follow the payments once per statement
-- (transition tables) instead of once per row. A row trigger updated the
-- same policy-month row once per payment; in one transaction PostgreSQL
-- walks every earlier version of such a row, so the return file of a month
-- of 100,000 payments took minutes (quadratic). Now a statement's payments
-- are summed first and each summary row is written once; the first paid
-- months (0016) follow a statement's subject-months the same way.
DROP TRIGGER stats_payments ON payments;
DROP FUNCTION stats_payments_changed();
DROP FUNCTION stats_apply_paid(TEXT, TEXT, TEXT, TEXT, BIGINT, INTEGER);

-- Applies paid payments entering (sign 1) or leaving (sign -1) the counts.
CREATE FUNCTION stats_apply_paid_rows(d_policy TEXT[], d_period TEXT[], d_kind TEXT[], d_subject TEXT[],
                                      d_amount BIGINT[], d_sign INTEGER[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    b_policy TEXT[]; b_period TEXT[]; b_subject TEXT[]; b_kind TEXT[]; b_was BIGINT[]; b_n BIGINT[];
BEGIN
    -- Per subject-month: the paid payments it had and the change.
    SELECT array_agg(s.policy_code), array_agg(s.period), array_agg(s.subject_id), array_agg(s.subject_kind),
           array_agg(coalesce(m.payment_count, 0)), array_agg(s.n)
        INTO b_policy, b_period, b_subject, b_kind, b_was, b_n
        FROM (SELECT policy_code, period, subject_id, min(subject_kind) AS subject_kind, sum(sign) AS n
              FROM unnest(d_policy, d_period, d_kind, d_subject, d_sign) AS d(policy_code, period, subject_kind, subject_id, sign)
              GROUP BY policy_code, period, subject_id HAVING sum(sign) <> 0) s
        LEFT JOIN stats_subject_month m ON m.policy_code = s.policy_code AND m.period = s.period AND m.subject_id = s.subject_id;
    -- Per policy-month: money, payments, and subjects that began or ceased to be paid.
    INSERT INTO stats_policy_month AS p (policy_code, period, subject_kind, paid_fen, payment_count, subject_count)
        SELECT money.policy_code, money.period, money.subject_kind, money.fen, money.payments, coalesce(subj.subjects, 0)
        FROM (SELECT policy_code, period, min(subject_kind) AS subject_kind, sum(sign * amount) AS fen, sum(sign) AS payments
              FROM unnest(d_policy, d_period, d_kind, d_amount, d_sign) AS d(policy_code, period, subject_kind, amount, sign)
              GROUP BY policy_code, period) money
        LEFT JOIN (SELECT policy_code, period,
                          sum(CASE WHEN was = 0 AND was + n > 0 THEN 1 WHEN was > 0 AND was + n <= 0 THEN -1 ELSE 0 END) AS subjects
                   FROM unnest(b_policy, b_period, b_was, b_n) AS b(policy_code, period, was, n)
                   GROUP BY policy_code, period) subj
            ON subj.policy_code = money.policy_code AND subj.period = money.period
        ON CONFLICT (policy_code, period) DO UPDATE
        SET paid_fen = p.paid_fen + excluded.paid_fen, payment_count = p.payment_count + excluded.payment_count,
            subject_count = p.subject_count + excluded.subject_count;
    -- The subject-months: changed, removed (0 left), added; each a statement
    -- of its own, so that the triggers on stats_subject_month see one kind of change.
    UPDATE stats_subject_month m SET payment_count = b.was + b.n
        FROM unnest(b_policy, b_period, b_subject, b_was, b_n) AS b(policy_code, period, subject_id, was, n)
        WHERE m.policy_code = b.policy_code AND m.period = b.period AND m.subject_id = b.subject_id
          AND b.was > 0 AND b.was + b.n > 0;
    DELETE FROM stats_subject_month m
        USING unnest(b_policy, b_period, b_subject, b_was, b_n) AS b(policy_code, period, subject_id, was, n)
        WHERE m.policy_code = b.policy_code AND m.period = b.period AND m.subject_id = b.subject_id
          AND b.was > 0 AND b.was + b.n <= 0;
    INSERT INTO stats_subject_month (policy_code, period, subject_id, subject_kind, payment_count)
        SELECT b.policy_code, b.period, b.subject_id, b.subject_kind, b.n
        FROM unnest(b_policy, b_period, b_subject, b_kind, b_was, b_n) AS b(policy_code, period, subject_id, subject_kind, was, n)
        WHERE b.was = 0 AND b.n > 0;
    DELETE FROM stats_policy_month p
        USING (SELECT DISTINCT policy_code, period FROM unnest(d_policy, d_period) AS d(policy_code, period)) k
        WHERE p.policy_code = k.policy_code AND p.period = k.period AND p.payment_count = 0 AND p.recovery_count = 0;
END;
$$;

CREATE FUNCTION stats_payments_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_apply_paid_rows(array_agg(policy_code), array_agg(period), array_agg(subject_kind), array_agg(subject_id),
                                  array_agg(amount_fen), array_agg(1))
        FROM new_rows WHERE status = 'paid' HAVING count(*) > 0;
    RETURN NULL;
END;
$$;
CREATE FUNCTION stats_payments_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Rows whose counted facts did not change are left out.
    PERFORM stats_apply_paid_rows(array_agg(policy_code), array_agg(period), array_agg(subject_kind), array_agg(subject_id),
                                  array_agg(amount_fen), array_agg(sign))
        FROM (SELECT o.policy_code, o.period, o.subject_kind, o.subject_id, o.amount_fen, -1 AS sign
              FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE o.status = 'paid' AND (n.status <> 'paid' OR (n.policy_code, n.period, n.subject_kind, n.subject_id, n.amount_fen)
                    IS DISTINCT FROM (o.policy_code, o.period, o.subject_kind, o.subject_id, o.amount_fen))
              UNION ALL
              SELECT n.policy_code, n.period, n.subject_kind, n.subject_id, n.amount_fen, 1
              FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE n.status = 'paid' AND (o.status <> 'paid' OR (n.policy_code, n.period, n.subject_kind, n.subject_id, n.amount_fen)
                    IS DISTINCT FROM (o.policy_code, o.period, o.subject_kind, o.subject_id, o.amount_fen))) d
        HAVING count(*) > 0;
    RETURN NULL;
END;
$$;
CREATE FUNCTION stats_payments_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stats_apply_paid_rows(array_agg(policy_code), array_agg(period), array_agg(subject_kind), array_agg(subject_id),
                                  array_agg(amount_fen), array_agg(-1))
        FROM old_rows WHERE status = 'paid' HAVING count(*) > 0;
    RETURN NULL;
END;
$$;
CREATE TRIGGER stats_payments_inserted AFTER INSERT ON payments
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_payments_inserted();
CREATE TRIGGER stats_payments_updated AFTER UPDATE ON payments
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_payments_updated();
CREATE TRIGGER stats_payments_deleted AFTER DELETE ON payments
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_payments_deleted();

-- The first paid months (0016), once per statement of stats_subject_month.
DROP TRIGGER stats_subject_month_first ON stats_subject_month;
DROP FUNCTION stats_subject_month_changed();
CREATE FUNCTION stats_first_months_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stats_policy_subject_first AS f (policy_code, subject_id, subject_kind, first_period)
        SELECT policy_code, subject_id, min(subject_kind), min(period) FROM added GROUP BY policy_code, subject_id
        ON CONFLICT (policy_code, subject_id) DO UPDATE SET first_period = excluded.first_period
        WHERE excluded.first_period < f.first_period;
    INSERT INTO stats_subject_first AS f (subject_kind, subject_id, first_period)
        SELECT subject_kind, subject_id, min(period) FROM added GROUP BY subject_kind, subject_id
        ON CONFLICT (subject_kind, subject_id) DO UPDATE SET first_period = excluded.first_period
        WHERE excluded.first_period < f.first_period;
    RETURN NULL;
END;
$$;
CREATE FUNCTION stats_first_months_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM stats_policy_subject_first f USING (SELECT DISTINCT policy_code, subject_id FROM removed) r
        WHERE f.policy_code = r.policy_code AND f.subject_id = r.subject_id
          AND NOT EXISTS (SELECT 1 FROM stats_subject_month m WHERE m.subject_id = f.subject_id AND m.policy_code = f.policy_code);
    UPDATE stats_policy_subject_first f SET first_period = (SELECT min(m.period) FROM stats_subject_month m
            WHERE m.subject_id = f.subject_id AND m.policy_code = f.policy_code)
        FROM (SELECT DISTINCT policy_code, subject_id FROM removed) r
        WHERE f.policy_code = r.policy_code AND f.subject_id = r.subject_id;
    DELETE FROM stats_subject_first f USING (SELECT DISTINCT subject_kind, subject_id FROM removed) r
        WHERE f.subject_kind = r.subject_kind AND f.subject_id = r.subject_id
          AND NOT EXISTS (SELECT 1 FROM stats_subject_month m WHERE m.subject_id = f.subject_id AND m.subject_kind = f.subject_kind);
    UPDATE stats_subject_first f SET first_period = (SELECT min(m.period) FROM stats_subject_month m
            WHERE m.subject_id = f.subject_id AND m.subject_kind = f.subject_kind)
        FROM (SELECT DISTINCT subject_kind, subject_id FROM removed) r
        WHERE f.subject_kind = r.subject_kind AND f.subject_id = r.subject_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER stats_subject_month_first_added AFTER INSERT ON stats_subject_month
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION stats_first_months_added();
CREATE TRIGGER stats_subject_month_first_removed AFTER DELETE ON stats_subject_month
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION stats_first_months_removed();
