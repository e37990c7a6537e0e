-- Public notices per payment batch, and the first month each subject was
-- paid (distinct subjects paid up to a month without scanning every
-- subject-month). Owner: models/stats. Triggers: 0016_notices.sqlite.sql and
-- 0016_notices.postgresql.sql.

-- An objection raised against a payment batch's notice list (NULL: against
-- a policy's list of a month).
ALTER TABLE notice_objections ADD COLUMN batch_id BIGINT REFERENCES payment_batches (id);
CREATE INDEX notice_objections_batch ON notice_objections (batch_id);

-- The first month with a paid payment, per policy and subject and per
-- subject (kind and id) under any policy: maintained by triggers on stats_subject_month
-- (itself maintained by the 0008 triggers on payments). The subjects paid
-- from the first month up to T are the rows with first_period <= T.
CREATE TABLE stats_policy_subject_first (
    policy_code TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    subject_kind TEXT NOT NULL DEFAULT 'person',
    first_period TEXT NOT NULL,
    PRIMARY KEY (policy_code, subject_id)
) {{WITHOUT_ROWID}};
CREATE INDEX stats_policy_subject_first_period ON stats_policy_subject_first (policy_code, first_period, subject_kind);

CREATE TABLE stats_subject_first (
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    first_period TEXT NOT NULL,
    PRIMARY KEY (subject_kind, subject_id)
) {{WITHOUT_ROWID}};
CREATE INDEX stats_subject_first_period ON stats_subject_first (subject_kind, first_period);

-- The subjects of a range of months under every policy (read from the index alone).
CREATE INDEX stats_subject_month_period ON stats_subject_month (period, subject_kind, subject_id);
-- The months of one subject (what the triggers recompute the first month from).
CREATE INDEX stats_subject_month_subject ON stats_subject_month (subject_id, subject_kind, policy_code, period);

INSERT INTO stats_policy_subject_first (policy_code, subject_id, subject_kind, first_period)
    SELECT policy_code, subject_id, min(subject_kind), min(period) FROM stats_subject_month
    WHERE payment_count > 0 GROUP BY policy_code, subject_id;
INSERT INTO stats_subject_first (subject_kind, subject_id, first_period)
    SELECT subject_kind, subject_id, min(first_period) FROM stats_policy_subject_first GROUP BY subject_kind, subject_id;
