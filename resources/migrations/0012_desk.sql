-- The quality gate of the feeds (docs/feeds.md): a full snapshot that would
-- delete more than its feed's share of rows is held, not applied, until a
-- person confirms it. held = 1 on the history row of a held attempt (its
-- result is 'rejected'); large_change_accepted_by names who confirmed an
-- imported large change (NULL when there was none to confirm).
ALTER TABLE import_history ADD COLUMN held SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE import_history ADD COLUMN large_change_accepted_by TEXT;
