-- Audit log: indexes for the filters of the Audit page and `mianshen audit
-- list` (who, what, when), each ending in id so that keyset paging by
-- (column, id) reads the index in order. The table and its append-only
-- triggers are in 0001_foundation.
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_at ON audit_log (at, id);
