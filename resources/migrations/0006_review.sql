-- Review: awards from decisions, the review queue, claims, reviewers'
-- decisions, comments and the changes runs make to awards.
-- Owner: the review area (models/review). Money is integer fen; times ISO
-- 8601 UTC text. Every column added to awards is nullable or has a
-- DEFAULT, so an INSERT naming only the 0001 columns still works.

-- awards: who it is for, its flags, the optimistic lock, the queue.
ALTER TABLE awards ADD COLUMN subject_kind TEXT NOT NULL DEFAULT 'person';
ALTER TABLE awards ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE awards ADD COLUMN flags TEXT NOT NULL DEFAULT '';
ALTER TABLE awards ADD COLUMN updated_at TEXT;
-- The subject's name from the registry when the run made or changed the
-- award (searching the queue by name; masked when shown).
ALTER TABLE awards ADD COLUMN subject_name TEXT NOT NULL DEFAULT '';
-- When it last entered awaiting_review or reopened (the deadline counts from here).
ALTER TABLE awards ADD COLUMN waiting_since TEXT;
-- The claim: who holds the case and until when (a lease in the past is free).
ALTER TABLE awards ADD COLUMN claimed_by TEXT;
ALTER TABLE awards ADD COLUMN claimed_at TEXT;
ALTER TABLE awards ADD COLUMN lease_until TEXT;
-- Four eyes: the first of two approvals.
ALTER TABLE awards ADD COLUMN first_approved_by TEXT;
-- The last person who decided it (NULL: decided by a run).
ALTER TABLE awards ADD COLUMN decided_by TEXT;
-- Who asked for a second opinion (NULL: nobody).
ALTER TABLE awards ADD COLUMN second_opinion_by TEXT;
-- Returned for data correction: the feed and field in doubt, and the
-- feed's last import when it was returned (a later import resumes it).
ALTER TABLE awards ADD COLUMN returned_feed TEXT;
ALTER TABLE awards ADD COLUMN returned_field TEXT;
ALTER TABLE awards ADD COLUMN returned_import BIGINT;

-- The open queue (awaiting_review, reopened): one partial index per sort
-- and filter the queue serves (queries repeat the same status term). The
-- trailing columns let a flag or policy filter be checked in the index
-- while it is read in order, without visiting the table.
CREATE INDEX awards_open_waiting ON awards (waiting_since, id, flags, policy_code) WHERE status IN ('awaiting_review', 'reopened');
CREATE INDEX awards_open_policy ON awards (policy_code, waiting_since, id, flags) WHERE status IN ('awaiting_review', 'reopened');
CREATE INDEX awards_open_amount ON awards (amount_fen, id, flags, policy_code) WHERE status IN ('awaiting_review', 'reopened');
CREATE INDEX awards_open_period ON awards (period, waiting_since, id, flags, policy_code) WHERE status IN ('awaiting_review', 'reopened');
CREATE INDEX awards_open_name ON awards (subject_name, id) WHERE status IN ('awaiting_review', 'reopened');
CREATE INDEX awards_claimed ON awards (claimed_by, lease_until) WHERE claimed_by IS NOT NULL;
CREATE INDEX awards_status_policy ON awards (status, policy_code, id);

-- Counts per (policy, period, status, flags), kept by triggers on awards
-- (0006_review.sqlite.sql / .postgresql.sql): the queue's counts per flag
-- and per policy read this small table instead of a million awards.
CREATE TABLE award_counts (
    policy_code TEXT NOT NULL,
    period TEXT NOT NULL,
    status TEXT NOT NULL,
    flags TEXT NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (policy_code, period, status, flags)
);
INSERT INTO award_counts (policy_code, period, status, flags, n)
SELECT policy_code, period, status, flags, COUNT(*) FROM awards GROUP BY policy_code, period, status, flags;

-- reviews (0001, always empty before this version): a reviewer's decision.
-- version = the award version it was decided on: UNIQUE (award_id, version)
-- is the last defence against a decision applied twice.
ALTER TABLE reviews ADD COLUMN reason_code TEXT;
ALTER TABLE reviews ADD COLUMN feed TEXT;
ALTER TABLE reviews ADD COLUMN field TEXT;
ALTER TABLE reviews ADD COLUMN status_before TEXT;
ALTER TABLE reviews ADD COLUMN status_after TEXT;
ALTER TABLE reviews ADD COLUMN amount_fen BIGINT NOT NULL DEFAULT 0;
ALTER TABLE reviews ADD COLUMN policy_code TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN flags TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN undoes BIGINT;
ALTER TABLE reviews ADD COLUMN undone SMALLINT NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX reviews_award_version ON reviews (award_id, version);
CREATE INDEX reviews_policy ON reviews (policy_code, id);

-- Comments on a case.
CREATE TABLE review_comments (
    id {{ID}},
    award_id BIGINT NOT NULL REFERENCES awards (id),
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX review_comments_award ON review_comments (award_id);

-- What runs (and budget releases) changed: one row per change of an award.
-- kind: created | updated | reopened | withdrawn | requalified | resumed |
-- released | paid_changed. A reopened award keeps its earlier decision in
-- reviews; this row says why it was reopened.
CREATE TABLE award_changes (
    id {{ID}},
    award_id BIGINT NOT NULL REFERENCES awards (id),
    run_id BIGINT,
    kind TEXT NOT NULL,
    policy_version INTEGER NOT NULL,
    status_before TEXT,
    status_after TEXT NOT NULL,
    amount_before BIGINT,
    amount_after BIGINT NOT NULL,
    flags_before TEXT,
    flags_after TEXT NOT NULL DEFAULT '',
    feeds TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX award_changes_award ON award_changes (award_id);
CREATE INDEX award_changes_run ON award_changes (run_id, kind);
