-- Incremental matching runs (owner: the matching area, models/matching).
--
-- Per run and policy, the fingerprint of everything the policy's decisions
-- depend on: its code and published version, the last import of every feed
-- it reads (plus the two registries), its earlier awards (earlier periods'
-- decisions, the ledger's awards, payment_history) and the period. A run
-- re-evaluates only the policies whose fingerprint differs from the one the
-- period's latest completed run recorded for them (policies sharing a
-- stacking group together); the others keep their decisions untouched and
-- their row is carried over (reevaluated = 0) with the counts of the run
-- that last evaluated them (evaluated_in_run), so every run's summary is
-- complete.

ALTER TABLE run_policies ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
ALTER TABLE run_policies ADD COLUMN reevaluated SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE run_policies ADD COLUMN evaluated_in_run BIGINT;
