-- The ledger's guards (see 0007_ledger.sql); the same rules as
-- 0007_ledger.postgresql.sql.
CREATE TRIGGER payment_batches_insert_check BEFORE INSERT ON payment_batches
BEGIN
    SELECT RAISE(ABORT, 'payment_batches: a batch starts as created, empty, unapproved')
    WHERE NEW.status <> 'created' OR NEW.total_fen <> 0 OR NEW.payment_count <> 0 OR NEW.approved_by IS NOT NULL;
END;
CREATE TRIGGER payment_batches_update_check BEFORE UPDATE ON payment_batches
BEGIN
    SELECT RAISE(ABORT, 'payment_batches: the period, creator and approvals required never change')
    WHERE NEW.id <> OLD.id OR NEW.period <> OLD.period OR NEW.created_by <> OLD.created_by
       OR NEW.created_at <> OLD.created_at OR NEW.approvals_required <> OLD.approvals_required
       OR (OLD.approved_by IS NOT NULL AND NEW.approved_by IS NOT OLD.approved_by)
       OR (OLD.second_approved_by IS NOT NULL AND NEW.second_approved_by IS NOT OLD.second_approved_by);
    SELECT RAISE(ABORT, 'payment_batches: status moves only created -> approved -> exported -> sent -> reconciled')
    WHERE NEW.status <> OLD.status AND NOT (
          (OLD.status = 'created' AND NEW.status = 'approved')
       OR (OLD.status = 'approved' AND NEW.status = 'exported')
       OR (OLD.status = 'exported' AND NEW.status = 'sent')
       OR (OLD.status = 'sent' AND NEW.status = 'reconciled'));
    SELECT RAISE(ABORT, 'payment_batches: the total and count must equal the sum and number of the batch''s payments')
    WHERE (NEW.status <> OLD.status OR NEW.total_fen <> OLD.total_fen OR NEW.payment_count <> OLD.payment_count)
      AND (NEW.total_fen <> (SELECT COALESCE(SUM(p.amount_fen), 0) FROM payments p WHERE p.batch_id = NEW.id)
        OR NEW.payment_count <> (SELECT COUNT(*) FROM payments p WHERE p.batch_id = NEW.id));
END;
CREATE TRIGGER payment_batches_no_delete BEFORE DELETE ON payment_batches
BEGIN
    SELECT RAISE(ABORT, 'payment_batches: batches are never deleted');
END;

CREATE TRIGGER payments_insert_check BEFORE INSERT ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments: a payment starts as created')
    WHERE NEW.status <> 'created' OR NEW.paid_at IS NOT NULL;
    SELECT RAISE(ABORT, 'payments: the batch is not open (created, total not yet set, same month)')
    WHERE NOT EXISTS (SELECT 1 FROM payment_batches b WHERE b.id = NEW.batch_id AND b.status = 'created'
                      AND b.payment_count = 0 AND b.period = NEW.period);
    SELECT RAISE(ABORT, 'payments: the award is not approved, or its key or amount differs')
    WHERE NOT EXISTS (SELECT 1 FROM awards a WHERE a.id = NEW.award_id AND a.status = 'approved'
                      AND a.policy_code = NEW.policy_code AND a.subject_id = NEW.subject_id
                      AND a.period = NEW.award_period AND a.amount_fen = NEW.amount_fen);
END;
CREATE TRIGGER payments_update_check BEFORE UPDATE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments: only the status, with its time and reason, may change')
    WHERE NEW.id <> OLD.id OR NEW.award_id <> OLD.award_id OR NEW.batch_id <> OLD.batch_id
       OR NEW.policy_code <> OLD.policy_code OR NEW.subject_id <> OLD.subject_id
       OR NEW.subject_kind <> OLD.subject_kind OR NEW.period <> OLD.period
       OR NEW.award_period <> OLD.award_period OR NEW.amount_fen <> OLD.amount_fen
       OR NEW.account_name <> OLD.account_name OR NEW.bank_name <> OLD.bank_name
       OR NEW.account_no <> OLD.account_no OR NEW.account_import_id <> OLD.account_import_id
       OR NEW.retry_of IS NOT OLD.retry_of OR NEW.created_at <> OLD.created_at;
    SELECT RAISE(ABORT, 'payments: status moves only created -> exported -> sent -> paid | failed, failed -> expired')
    WHERE NOT ((OLD.status = 'created' AND NEW.status = 'exported')
            OR (OLD.status = 'exported' AND NEW.status = 'sent')
            OR (OLD.status = 'sent' AND NEW.status IN ('paid', 'failed'))
            OR (OLD.status = 'failed' AND NEW.status = 'expired'));
END;
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'payments: payments are never deleted');
END;

CREATE TRIGGER recoveries_insert_check BEFORE INSERT ON recoveries
BEGIN
    SELECT RAISE(ABORT, 'recoveries: only a paid payment, for at most its amount, starting as proposed')
    WHERE NEW.status <> 'proposed' OR NOT EXISTS (SELECT 1 FROM payments p WHERE p.id = NEW.payment_id
                      AND p.status = 'paid' AND p.amount_fen >= NEW.amount_fen);
END;
CREATE TRIGGER recoveries_update_check BEFORE UPDATE ON recoveries
BEGIN
    SELECT RAISE(ABORT, 'recoveries: status moves only proposed -> confirmed -> settled | written_off; the order never changes')
    WHERE NEW.payment_id <> OLD.payment_id OR NEW.amount_fen <> OLD.amount_fen OR NEW.reason <> OLD.reason
       OR NEW.evidence <> OLD.evidence OR NOT (
          (OLD.status = 'proposed' AND NEW.status = 'confirmed')
       OR (OLD.status = 'confirmed' AND NEW.status IN ('settled', 'written_off')));
END;
CREATE TRIGGER recoveries_no_delete BEFORE DELETE ON recoveries
BEGIN
    SELECT RAISE(ABORT, 'recoveries: recovery orders are never deleted');
END;
