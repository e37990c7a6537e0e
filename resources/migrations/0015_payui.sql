-- The Payments page and the batch builder find the failed payments (retry
-- figures, expiry, the last failed payment of an award) through this small
-- index instead of a scan of the whole ledger: payments_check lets a
-- payment be failed only after it was sent, so it holds few rows.
CREATE INDEX payments_failed ON payments (award_id, id) WHERE status = 'failed';
