-- Foundation: the audit log, awards, payments and reviews.
-- Portable to SQLite and PostgreSQL through the tokens {{ID}} {{BLOB}}
-- {{WITHOUT_ROWID}}; dialect-only parts (the append-only triggers) are in
-- 0001_foundation.sqlite.sql and 0001_foundation.postgresql.sql.
-- Money is integer fen (BIGINT). Times are ISO 8601 text in UTC
-- ('2026-11-27T19:46:31Z'); periods are 'YYYY-MM', or '' for a one-off.

-- Append-only: UPDATE and DELETE are refused by triggers. Each row is
-- chained: hash = SHA-256(prev_hash || canonical row), written in the same
-- transaction as the change it records.
CREATE TABLE audit_log (
    id {{ID}},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    reason TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- One award per policy, subject and period: a re-run cannot award twice.
CREATE TABLE awards (
    id {{ID}},
    policy_code TEXT NOT NULL,
    policy_version INTEGER NOT NULL,
    subject_id TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    amount_fen BIGINT NOT NULL CHECK (amount_fen >= 0),
    status TEXT NOT NULL,
    decided_in_run BIGINT,
    created_at TEXT NOT NULL,
    UNIQUE (policy_code, subject_id, period)
);
CREATE INDEX awards_status ON awards (status);
CREATE INDEX awards_subject ON awards (subject_id);

-- One payment per award: money never moves twice.
CREATE TABLE payments (
    id {{ID}},
    award_id BIGINT NOT NULL UNIQUE REFERENCES awards (id),
    amount_fen BIGINT NOT NULL CHECK (amount_fen >= 0),
    status TEXT NOT NULL,
    batch_id BIGINT,
    created_at TEXT NOT NULL,
    paid_at TEXT
);
CREATE INDEX payments_batch ON payments (batch_id);

-- Decisions of reviewers; version is the optimistic-locking counter.
CREATE TABLE reviews (
    id {{ID}},
    award_id BIGINT NOT NULL REFERENCES awards (id),
    reviewer TEXT NOT NULL,
    action TEXT NOT NULL,
    reason TEXT,
    decided_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX reviews_award ON reviews (award_id);
