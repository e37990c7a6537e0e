-- Which policies share subjects, so that the distinct subjects of a set of
-- policies can be summed from the per-policy counts of stats_subject_gap
-- (0018) wherever no subject is shared. Owner: models/stats. Triggers:
-- 0020_stats_overlap.sqlite.sql and 0020_stats_overlap.postgresql.sql.
--
-- subjects = how many subjects (kind and id) were paid under both policies
-- (at any time); each pair is stored both ways. Follows
-- stats_policy_subject_first (0016) row by row; DisbursementStore::rebuild
-- recomputes it with the statement below.
CREATE TABLE stats_policy_overlap (
    policy_code TEXT NOT NULL,
    other_policy_code TEXT NOT NULL,
    subjects BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (policy_code, other_policy_code)
) {{WITHOUT_ROWID}};

-- The policies of one subject.
CREATE INDEX stats_policy_subject_first_subject ON stats_policy_subject_first (subject_id, subject_kind, policy_code);

INSERT INTO stats_policy_overlap (policy_code, other_policy_code, subjects)
    SELECT a.policy_code, b.policy_code, count(*) FROM stats_policy_subject_first a
    JOIN stats_policy_subject_first b ON b.subject_id = a.subject_id AND b.subject_kind = a.subject_kind
        AND b.policy_code <> a.policy_code
    GROUP BY a.policy_code, b.policy_code;
