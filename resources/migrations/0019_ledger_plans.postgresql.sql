-- payments_insert_check (0015_payui.postgresql.sql) with the award check
-- driven by the award's id. Before, `NOT EXISTS (SELECT 1 FROM awards a WHERE
-- a.id = n.award_id AND a.status = 'approved' ...)` let the planner read the
-- approved awards by status; when autovacuum had analyzed awards while none
-- was approved (all paid the month before, the new month's not yet made),
-- it expected one approved award and chose a nested loop over all of them for
-- every new payment: 100,000 x 100,000 comparisons, minutes instead of
-- 0.1 s. Here the only condition on awards alone is its primary key, so the
-- plan is an index probe per new payment (or a hash join), never a loop over
-- a set whose size the statistics got wrong. The same rules and messages.
CREATE OR REPLACE FUNCTION payments_insert_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM new_rows n WHERE n.status <> 'created' OR n.paid_at IS NOT NULL) THEN
        RAISE EXCEPTION 'payments: a payment starts as created';
    END IF;
    IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (
                   SELECT 1 FROM payment_batches b WHERE b.id = n.batch_id AND b.status = 'created'
                   AND b.payment_count = 0 AND b.period = n.period)) THEN
        RAISE EXCEPTION 'payments: the batch is not open (created, total not yet set, same month)';
    END IF;
    IF EXISTS (SELECT 1 FROM new_rows n LEFT JOIN awards a ON a.id = n.award_id
               WHERE a.id IS NULL OR NOT (a.status = 'approved' AND a.policy_code = n.policy_code
                   AND a.subject_id = n.subject_id AND a.period = n.award_period
                   AND a.amount_fen = n.amount_fen)) THEN
        RAISE EXCEPTION 'payments: the award is not approved, or its key or amount differs';
    END IF;
    RETURN NULL;
END;
$$;
