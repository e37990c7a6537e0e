-- Matching: runs, decisions and their counts (published policies: 0003).
-- Owner: the matching area (models/matching). Money is integer fen.
--
-- Visibility: a run writes its decisions in batched transactions while its
-- status is 'running'; they become visible together when the run's row turns
-- 'completed' (every reader joins matching_runs and filters on status). A
-- killed run stays 'running' until the next run marks it 'failed' and deletes
-- its rows, so it never leaves anything final.
--
-- Incremental runs: decisions holds the changes a run made to the award state
-- of its period (change = new | changed | withdrawn). The current decision of
-- (policy, subject, period) for a run period is the row of the latest
-- completed run of that period that has one, unless that row is a withdrawal.

CREATE TABLE matching_runs (
    id {{ID}},
    period TEXT NOT NULL CHECK (length(period) = 7),
    status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'cancelled', 'failed')),
    started_by TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    duration_ms BIGINT,
    load_ms BIGINT,
    evaluate_ms BIGINT,
    write_ms BIGINT,
    threads INTEGER NOT NULL CHECK (threads >= 1),
    subjects BIGINT NOT NULL DEFAULT 0,
    evaluations BIGINT NOT NULL DEFAULT 0,
    decisions_written BIGINT NOT NULL DEFAULT 0,
    -- What the run reflects: "feed=last_import_id;..." and "CODE=version;...",
    -- plus a digest of everything else its decisions depend on (earlier
    -- awards, payment history). Equal fingerprints = nothing changed.
    inputs TEXT NOT NULL DEFAULT '',
    policies TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT ''
);
CREATE INDEX matching_runs_period ON matching_runs (period, status);

-- Per run and policy: the state of the period after the run.
CREATE TABLE run_policies (
    run_id BIGINT NOT NULL REFERENCES matching_runs (id) ON DELETE CASCADE,
    policy_code TEXT NOT NULL,
    policy_version INTEGER NOT NULL,
    evaluated BIGINT NOT NULL DEFAULT 0,
    approved BIGINT NOT NULL DEFAULT 0,
    flagged BIGINT NOT NULL DEFAULT 0,
    over_budget BIGINT NOT NULL DEFAULT 0,
    ineligible BIGINT NOT NULL DEFAULT 0,
    skipped BIGINT NOT NULL DEFAULT 0,
    total_fen BIGINT NOT NULL DEFAULT 0,
    newly_qualifying BIGINT NOT NULL DEFAULT 0,
    amount_changed BIGINT NOT NULL DEFAULT 0,
    no_longer_qualifying BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, policy_code)
);

CREATE TABLE decisions (
    id {{ID}},
    run_id BIGINT NOT NULL REFERENCES matching_runs (id) ON DELETE CASCADE,
    policy_code TEXT NOT NULL,
    policy_version INTEGER NOT NULL,
    subject_id TEXT NOT NULL,
    period TEXT NOT NULL,
    change TEXT NOT NULL CHECK (change IN ('new', 'changed', 'withdrawn')),
    outcome TEXT CHECK (outcome IN ('auto', 'review', 'over_budget')),
    amount_fen BIGINT NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    flags TEXT NOT NULL DEFAULT '',
    explanation TEXT NOT NULL,
    previous_amount_fen BIGINT,
    CHECK ((change = 'withdrawn') = (outcome IS NULL)),
    UNIQUE (run_id, policy_code, subject_id, period)
);
CREATE INDEX decisions_key ON decisions (policy_code, subject_id, period, run_id);

-- Ineligible subjects are counted, not stored: per run, policy and failed
-- condition (the first failing condition of each subject, in policy order).
CREATE TABLE run_condition_counts (
    run_id BIGINT NOT NULL REFERENCES matching_runs (id) ON DELETE CASCADE,
    policy_code TEXT NOT NULL,
    condition_id TEXT NOT NULL,
    failed BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, policy_code, condition_id)
);
