-- The ledger's guards (see 0007_ledger.sql); the same rules as
-- 0007_ledger.sqlite.sql.
CREATE FUNCTION payment_batches_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_sum BIGINT;
    row_count BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'payment_batches: batches are never deleted';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'created' OR NEW.total_fen <> 0 OR NEW.payment_count <> 0 OR NEW.approved_by IS NOT NULL THEN
            RAISE EXCEPTION 'payment_batches: a batch starts as created, empty, unapproved';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.id <> OLD.id OR NEW.period <> OLD.period OR NEW.created_by <> OLD.created_by
       OR NEW.created_at <> OLD.created_at OR NEW.approvals_required <> OLD.approvals_required
       OR (OLD.approved_by IS NOT NULL AND NEW.approved_by IS DISTINCT FROM OLD.approved_by)
       OR (OLD.second_approved_by IS NOT NULL AND NEW.second_approved_by IS DISTINCT FROM OLD.second_approved_by) THEN
        RAISE EXCEPTION 'payment_batches: the period, creator and approvals required never change';
    END IF;
    IF NEW.status <> OLD.status AND NOT (
          (OLD.status = 'created' AND NEW.status = 'approved')
       OR (OLD.status = 'approved' AND NEW.status = 'exported')
       OR (OLD.status = 'exported' AND NEW.status = 'sent')
       OR (OLD.status = 'sent' AND NEW.status = 'reconciled')) THEN
        RAISE EXCEPTION 'payment_batches: status moves only created -> approved -> exported -> sent -> reconciled';
    END IF;
    IF NEW.status <> OLD.status OR NEW.total_fen <> OLD.total_fen OR NEW.payment_count <> OLD.payment_count THEN
        SELECT COALESCE(SUM(p.amount_fen), 0), COUNT(*) INTO row_sum, row_count FROM payments p WHERE p.batch_id = NEW.id;
        IF NEW.total_fen <> row_sum OR NEW.payment_count <> row_count THEN
            RAISE EXCEPTION 'payment_batches: the total and count must equal the sum and number of the batch''s payments';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER payment_batches_check BEFORE INSERT OR UPDATE OR DELETE ON payment_batches
    FOR EACH ROW EXECUTE FUNCTION payment_batches_check();

CREATE FUNCTION payments_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'payments: payments are never deleted';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'created' OR NEW.paid_at IS NOT NULL THEN
            RAISE EXCEPTION 'payments: a payment starts as created';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM payment_batches b WHERE b.id = NEW.batch_id AND b.status = 'created'
                       AND b.payment_count = 0 AND b.period = NEW.period) THEN
            RAISE EXCEPTION 'payments: the batch is not open (created, total not yet set, same month)';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM awards a WHERE a.id = NEW.award_id AND a.status = 'approved'
                       AND a.policy_code = NEW.policy_code AND a.subject_id = NEW.subject_id
                       AND a.period = NEW.award_period AND a.amount_fen = NEW.amount_fen) THEN
            RAISE EXCEPTION 'payments: the award is not approved, or its key or amount differs';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.id <> OLD.id OR NEW.award_id <> OLD.award_id OR NEW.batch_id <> OLD.batch_id
       OR NEW.policy_code <> OLD.policy_code OR NEW.subject_id <> OLD.subject_id
       OR NEW.subject_kind <> OLD.subject_kind OR NEW.period <> OLD.period
       OR NEW.award_period <> OLD.award_period OR NEW.amount_fen <> OLD.amount_fen
       OR NEW.account_name <> OLD.account_name OR NEW.bank_name <> OLD.bank_name
       OR NEW.account_no <> OLD.account_no OR NEW.account_import_id <> OLD.account_import_id
       OR NEW.retry_of IS DISTINCT FROM OLD.retry_of OR NEW.created_at <> OLD.created_at THEN
        RAISE EXCEPTION 'payments: only the status, with its time and reason, may change';
    END IF;
    IF NOT ((OLD.status = 'created' AND NEW.status = 'exported')
         OR (OLD.status = 'exported' AND NEW.status = 'sent')
         OR (OLD.status = 'sent' AND NEW.status IN ('paid', 'failed'))
         OR (OLD.status = 'failed' AND NEW.status = 'expired')) THEN
        RAISE EXCEPTION 'payments: status moves only created -> exported -> sent -> paid | failed, failed -> expired';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER payments_check BEFORE INSERT OR UPDATE OR DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION payments_check();
CREATE TRIGGER payments_no_truncate BEFORE TRUNCATE ON payments
    FOR EACH STATEMENT EXECUTE FUNCTION payments_check();

CREATE FUNCTION recoveries_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'recoveries: recovery orders are never deleted';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'proposed' OR NOT EXISTS (SELECT 1 FROM payments p WHERE p.id = NEW.payment_id
                       AND p.status = 'paid' AND p.amount_fen >= NEW.amount_fen) THEN
            RAISE EXCEPTION 'recoveries: only a paid payment, for at most its amount, starting as proposed';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.payment_id <> OLD.payment_id OR NEW.amount_fen <> OLD.amount_fen OR NEW.reason <> OLD.reason
       OR NEW.evidence <> OLD.evidence OR NOT (
          (OLD.status = 'proposed' AND NEW.status = 'confirmed')
       OR (OLD.status = 'confirmed' AND NEW.status IN ('settled', 'written_off'))) THEN
        RAISE EXCEPTION 'recoveries: status moves only proposed -> confirmed -> settled | written_off; the order never changes';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER recoveries_check BEFORE INSERT OR UPDATE OR DELETE ON recoveries
    FOR EACH ROW EXECUTE FUNCTION recoveries_check();
