-- Published policies (written by the matching area's PolicyRepository on
-- `mianshen policy publish`; the rule language reads the source back).
-- Money is integer fen; times ISO 8601 UTC text.
-- A policy version as published. A published version never changes: the
-- program only inserts rows and flips status to 'withdrawn' (sha256 and
-- source are immutable); publishing a changed file makes version + 1.
CREATE TABLE published_policies (
    id {{ID}},
    policy_code TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    file_version TEXT NOT NULL DEFAULT '',
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('person', 'enterprise')),
    schedule TEXT NOT NULL CHECK (schedule IN ('one_off', 'monthly')),
    title_zh TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    effective_from TEXT NOT NULL,
    effective_until TEXT,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'withdrawn')),
    withdrawn_at TEXT,
    withdrawn_by TEXT,
    UNIQUE (policy_code, version),
    UNIQUE (policy_code, sha256)
);

