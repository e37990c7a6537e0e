-- Ledger: payment batches, payments, bank returns, payment holds and
-- recoveries. Owner: the ledger area (models/ledger); docs/payments.md.
-- Money is integer fen; times ISO 8601 UTC text; periods 'YYYY-MM'.
--
-- What the schema itself guarantees (no code path can get around it):
-- * at most one live payment (status not failed / expired) per award, and
--   per key: (policy, subject, award period), where the award period is ''
--   for a one-off (so a one-off is paid once per policy and subject) and the
--   month for a monthly award;
-- * a payment is created only for an approved award, with the award's key
--   and amount, in a batch that is still open (status created, total not
--   yet set) and of the payment's month;
-- * a batch's total_fen and payment_count equal the sum and count of its
--   payments whenever they are written and at every change of the batch's
--   status (a trigger recounts), and once set no payment can join the batch:
--   so a batch that left 'created' always balances;
-- * payments and batches are never deleted; a payment's status only moves
--   forward (created -> exported -> sent -> paid | failed, failed -> expired)
--   and nothing else of it changes; a paid payment never changes again
--   (corrections are recoveries, new rows);
-- * the creator of a batch cannot approve it, and its two approvers differ.
-- The triggers are in 0007_ledger.sqlite.sql and 0007_ledger.postgresql.sql.

-- The 0001 placeholder (never written) is replaced by the ledger's table.
DROP TABLE payments;

CREATE TABLE payment_batches (
    id {{ID}},
    period TEXT NOT NULL CHECK (length(period) = 7),
    status TEXT NOT NULL DEFAULT 'created'
        CHECK (status IN ('created', 'approved', 'exported', 'sent', 'reconciled')),
    total_fen BIGINT NOT NULL DEFAULT 0 CHECK (total_fen >= 0),
    payment_count BIGINT NOT NULL DEFAULT 0 CHECK (payment_count >= 0),
    approvals_required INTEGER NOT NULL DEFAULT 1 CHECK (approvals_required IN (1, 2)),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    approved_by TEXT,
    approved_at TEXT,
    second_approved_by TEXT,
    second_approved_at TEXT,
    exported_by TEXT,
    exported_at TEXT,
    export_sha256 TEXT,
    sent_by TEXT,
    sent_at TEXT,
    reconciled_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (approved_by IS NULL OR approved_by <> created_by),
    CHECK (second_approved_by IS NULL OR (approved_by IS NOT NULL
           AND second_approved_by <> created_by AND second_approved_by <> approved_by)),
    CHECK (status = 'created' OR approved_by IS NOT NULL),
    CHECK (status = 'created' OR approvals_required = 1 OR second_approved_by IS NOT NULL)
);
CREATE INDEX payment_batches_period ON payment_batches (period, id);

CREATE TABLE payments (
    id {{ID}},
    award_id BIGINT NOT NULL REFERENCES awards (id),
    batch_id BIGINT NOT NULL REFERENCES payment_batches (id),
    policy_code TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('person', 'enterprise')),
    period TEXT NOT NULL CHECK (length(period) = 7),
    award_period TEXT NOT NULL,
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    status TEXT NOT NULL DEFAULT 'created'
        CHECK (status IN ('created', 'exported', 'sent', 'paid', 'failed', 'expired')),
    account_name TEXT NOT NULL,
    bank_name TEXT NOT NULL,
    account_no TEXT NOT NULL,
    account_import_id BIGINT NOT NULL,
    retry_of BIGINT REFERENCES payments (id),
    created_at TEXT NOT NULL,
    paid_at TEXT,
    failed_at TEXT,
    failure_reason TEXT,
    expired_at TEXT,
    CHECK ((status = 'paid') = (paid_at IS NOT NULL)),
    CHECK (status NOT IN ('failed', 'expired') OR failure_reason IS NOT NULL)
);
CREATE INDEX payments_batch ON payments (batch_id, id);
-- No index but the partial ones holds the status: a status change (100,000
-- payments exported at once) then rewrites no index entry.
CREATE INDEX payments_award ON payments (award_id);
CREATE INDEX payments_period ON payments (period);
CREATE INDEX payments_policy ON payments (policy_code);
CREATE INDEX payments_subject ON payments (subject_id);
-- The live payment of an award, and of a key: never two.
CREATE UNIQUE INDEX payments_live_award ON payments (award_id)
    WHERE status NOT IN ('failed', 'expired');
CREATE UNIQUE INDEX payments_live_key ON payments (policy_code, subject_id, award_period)
    WHERE status NOT IN ('failed', 'expired');

-- An approved award the batch builder could not pay, with the reason:
-- no_account (no bank_accounts row), over_budget (the policy's budget is
-- spent), awaiting_account (its payment failed and no newer account has
-- arrived), expired (failed for expire_after_months: final, money back to
-- the budget). Rewritten by every batch build; removed when paid.
CREATE TABLE payment_holds (
    award_id BIGINT NOT NULL PRIMARY KEY REFERENCES awards (id),
    reason TEXT NOT NULL CHECK (reason IN ('no_account', 'over_budget', 'awaiting_account', 'expired')),
    since TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);

-- Bank return files (回盘文件) applied to a batch, and their lines. A payment's
-- outcome is reported once (UNIQUE payment_id); the same file twice is
-- recognised by its SHA-256.
CREATE TABLE bank_return_files (
    id {{ID}},
    batch_id BIGINT NOT NULL REFERENCES payment_batches (id),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    paid_count BIGINT NOT NULL,
    paid_fen BIGINT NOT NULL,
    failed_count BIGINT NOT NULL,
    failed_fen BIGINT NOT NULL
);
CREATE INDEX bank_return_files_batch ON bank_return_files (batch_id);

CREATE TABLE bank_return_lines (
    return_file_id BIGINT NOT NULL REFERENCES bank_return_files (id),
    line_no INTEGER NOT NULL,
    payment_id BIGINT NOT NULL UNIQUE REFERENCES payments (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('paid', 'failed')),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    bank_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (return_file_id, line_no)
);

-- Recovery orders (追回): newer data shows a paid payment was wrong. One per
-- payment. proposed -> confirmed -> settled | written_off. The payment
-- itself never changes.
CREATE TABLE recoveries (
    id {{ID}},
    payment_id BIGINT NOT NULL UNIQUE REFERENCES payments (id),
    policy_code TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    period TEXT NOT NULL,
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    status TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'confirmed', 'settled', 'written_off')),
    reason TEXT NOT NULL CHECK (reason IN ('death', 'serious_dishonesty', 'duplicate_subsidy')),
    evidence TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    confirmed_by TEXT,
    confirmed_at TEXT,
    settled_by TEXT,
    settled_at TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX recoveries_status ON recoveries (status, id);
CREATE INDEX recoveries_policy ON recoveries (policy_code, period);
