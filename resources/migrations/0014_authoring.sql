-- Policy drafts (models/authoring/DraftStore, docs/authoring.md): a policy
-- file being written in the window, saved in the database so that nothing
-- is lost when the program ends, submitted for approval, sent back with a
-- comment, or approved and published by another person. The file text is
-- the exchange format; `revision` grows by one on every save, and a save
-- that names a stale revision is refused (two windows on one draft).
-- Times are ISO 8601 UTC text.
CREATE TABLE policy_drafts (
    id {{ID}},
    policy_code TEXT NOT NULL,
    base_version INTEGER NOT NULL DEFAULT 0 CHECK (base_version >= 0),
    source TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'returned', 'published', 'discarded')),
    author TEXT NOT NULL,
    approver TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    revision BIGINT NOT NULL DEFAULT 1 CHECK (revision >= 1),
    published_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX policy_drafts_by_code ON policy_drafts (policy_code, status);

-- What happened to a draft, in order (the audit log holds the same steps
-- with the chain; this table is what the editor shows as the draft's history).
CREATE TABLE policy_draft_events (
    id {{ID}},
    draft_id BIGINT NOT NULL REFERENCES policy_drafts (id),
    event TEXT NOT NULL
        CHECK (event IN ('create', 'import', 'submit', 'send_back', 'publish', 'discard')),
    actor TEXT NOT NULL,
    revision BIGINT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX policy_draft_events_by_draft ON policy_draft_events (draft_id, id);
