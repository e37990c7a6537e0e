-- Policies sharing subjects (SQLite): follows the rows of
-- stats_policy_subject_first (see 0020_stats_overlap.sql).
CREATE TRIGGER stats_overlap_added AFTER INSERT ON stats_policy_subject_first
BEGIN
    INSERT OR IGNORE INTO stats_policy_overlap (policy_code, other_policy_code)
        SELECT NEW.policy_code, f.policy_code FROM stats_policy_subject_first f
        WHERE f.subject_id = NEW.subject_id AND f.subject_kind = NEW.subject_kind AND f.policy_code <> NEW.policy_code;
    INSERT OR IGNORE INTO stats_policy_overlap (policy_code, other_policy_code)
        SELECT f.policy_code, NEW.policy_code FROM stats_policy_subject_first f
        WHERE f.subject_id = NEW.subject_id AND f.subject_kind = NEW.subject_kind AND f.policy_code <> NEW.policy_code;
    UPDATE stats_policy_overlap SET subjects = subjects + 1
        WHERE (policy_code = NEW.policy_code OR other_policy_code = NEW.policy_code)
          AND (CASE WHEN policy_code = NEW.policy_code THEN other_policy_code ELSE policy_code END) IN (
              SELECT f.policy_code FROM stats_policy_subject_first f
              WHERE f.subject_id = NEW.subject_id AND f.subject_kind = NEW.subject_kind AND f.policy_code <> NEW.policy_code);
END;
CREATE TRIGGER stats_overlap_removed AFTER DELETE ON stats_policy_subject_first
BEGIN
    UPDATE stats_policy_overlap SET subjects = subjects - 1
        WHERE (policy_code = OLD.policy_code OR other_policy_code = OLD.policy_code)
          AND (CASE WHEN policy_code = OLD.policy_code THEN other_policy_code ELSE policy_code END) IN (
              SELECT f.policy_code FROM stats_policy_subject_first f
              WHERE f.subject_id = OLD.subject_id AND f.subject_kind = OLD.subject_kind AND f.policy_code <> OLD.policy_code);
END;
