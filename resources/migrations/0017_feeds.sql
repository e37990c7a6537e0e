-- Import history for readers of either language, and the quality gate's
-- memory of dangling references (docs/feeds.md):
-- message_code / message_args: the attempt's message as a code with its
-- arguments (a JSON object), rendered in the reader's language when shown;
-- rows written before this migration have none and show `message` as stored.
-- dangling_references: references to a subject in no registry the delivery
-- carried (NULL on rows written before: not compared).
-- unchanged: rows of the delivery that were already there with the same values.
ALTER TABLE import_history ADD COLUMN message_code TEXT;
ALTER TABLE import_history ADD COLUMN message_args TEXT;
ALTER TABLE import_history ADD COLUMN dangling_references BIGINT;
ALTER TABLE import_history ADD COLUMN unchanged BIGINT NOT NULL DEFAULT 0;
