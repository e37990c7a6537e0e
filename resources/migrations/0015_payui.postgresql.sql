-- A new payment's checks (0007_ledger.postgresql.sql, payments_check's
-- INSERT branch) run once per INSERT statement over all its rows (a
-- transition table) instead of once per row: the same rules, the same
-- messages, set-based. Creating a batch of 100,000 payments spent about a
-- quarter of its time in the per-row check (bench_payments). The statement
-- is refused whole when any row breaks a rule. Updates and deletes keep the
-- per-row trigger.
CREATE FUNCTION payments_insert_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM new_rows n WHERE n.status <> 'created' OR n.paid_at IS NOT NULL) THEN
        RAISE EXCEPTION 'payments: a payment starts as created';
    END IF;
    IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (
                   SELECT 1 FROM payment_batches b WHERE b.id = n.batch_id AND b.status = 'created'
                   AND b.payment_count = 0 AND b.period = n.period)) THEN
        RAISE EXCEPTION 'payments: the batch is not open (created, total not yet set, same month)';
    END IF;
    IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (
                   SELECT 1 FROM awards a WHERE a.id = n.award_id AND a.status = 'approved'
                   AND a.policy_code = n.policy_code AND a.subject_id = n.subject_id
                   AND a.period = n.award_period AND a.amount_fen = n.amount_fen)) THEN
        RAISE EXCEPTION 'payments: the award is not approved, or its key or amount differs';
    END IF;
    RETURN NULL;
END;
$$;
DROP TRIGGER payments_check ON payments;
CREATE TRIGGER payments_check BEFORE UPDATE OR DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION payments_check();
CREATE TRIGGER payments_insert_check AFTER INSERT ON payments REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION payments_insert_check();
