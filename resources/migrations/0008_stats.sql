-- Statistics: totals per policy and month, maintained by triggers on the
-- ledger (0007_ledger.sql) in the same transaction as the payments and
-- recoveries they sum; public-notice objections. Owner: models/stats.
-- The triggers are dialect code: 0008_stats.sqlite.sql and
-- 0008_stats.postgresql.sql. Money is integer fen.
--
-- Definitions (docs/statistics.md):
--   paid_fen / payment_count   payments with status 'paid', by the payment's
--                              policy_code and period (the batch's month)
--   subject_count              distinct subjects with at least one paid
--                              payment of the policy in the month
--   recovered_fen / _count     recoveries with status 'settled', in the
--                              period of the payment they recover
--   net = paid_fen - recovered_fen
-- A payment or recovery that leaves its counted status (a paid payment
-- reversed, a settled recovery undone) is subtracted again by the triggers.
CREATE TABLE stats_policy_month (
    policy_code TEXT NOT NULL,
    period TEXT NOT NULL,
    subject_kind TEXT NOT NULL DEFAULT 'person',
    paid_fen BIGINT NOT NULL DEFAULT 0,
    payment_count BIGINT NOT NULL DEFAULT 0,
    subject_count BIGINT NOT NULL DEFAULT 0,
    recovered_fen BIGINT NOT NULL DEFAULT 0,
    recovery_count BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (policy_code, period)
) {{WITHOUT_ROWID}};
CREATE INDEX stats_policy_month_period ON stats_policy_month (period, policy_code);

-- Paid payments per policy, month and subject: what subject_count counts
-- (a subject is counted when its first paid payment of the month arrives and
-- uncounted when its last one goes).
CREATE TABLE stats_subject_month (
    policy_code TEXT NOT NULL,
    period TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    subject_kind TEXT NOT NULL DEFAULT 'person',
    payment_count BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (policy_code, period, subject_id)
) {{WITHOUT_ROWID}};

-- The payments behind a bar of the charts (policy, month).
CREATE INDEX stats_payments_policy_period ON payments (policy_code, period, status);

-- Figures of payments and recoveries made before this migration (the same
-- statements as DisbursementStore::rebuild).
INSERT INTO stats_subject_month (policy_code, period, subject_id, subject_kind, payment_count)
    SELECT policy_code, period, subject_id, min(subject_kind), count(*) FROM payments
    WHERE status = 'paid' GROUP BY policy_code, period, subject_id;
INSERT INTO stats_policy_month (policy_code, period, subject_kind, paid_fen, payment_count, subject_count)
    SELECT policy_code, period, min(subject_kind), sum(amount_fen), count(*), count(DISTINCT subject_id) FROM payments
    WHERE status = 'paid' GROUP BY policy_code, period;
INSERT INTO stats_policy_month (policy_code, period, subject_kind)
    SELECT r.policy_code, r.period, min(p.subject_kind) FROM recoveries r JOIN payments p ON p.id = r.payment_id
    WHERE r.status = 'settled' AND NOT EXISTS (SELECT 1 FROM stats_policy_month s
        WHERE s.policy_code = r.policy_code AND s.period = r.period)
    GROUP BY r.policy_code, r.period;
UPDATE stats_policy_month SET
    recovered_fen = coalesce((SELECT sum(r.amount_fen) FROM recoveries r WHERE r.status = 'settled'
        AND r.policy_code = stats_policy_month.policy_code AND r.period = stats_policy_month.period), 0),
    recovery_count = (SELECT count(*) FROM recoveries r WHERE r.status = 'settled'
        AND r.policy_code = stats_policy_month.policy_code AND r.period = stats_policy_month.period);

-- Objections received while a 公示 (public notice) list is displayed.
CREATE TABLE notice_objections (
    id {{ID}},
    policy_code TEXT NOT NULL,
    period TEXT NOT NULL,
    subject_id TEXT NOT NULL DEFAULT '',
    raised_by TEXT NOT NULL,
    received_at TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT 'pending'
        CHECK (outcome IN ('pending', 'upheld', 'dismissed', 'withdrawn')),
    outcome_note TEXT NOT NULL DEFAULT '',
    decided_at TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX notice_objections_policy ON notice_objections (policy_code, period);
