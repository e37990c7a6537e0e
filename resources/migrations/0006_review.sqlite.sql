-- Review, SQLite part: triggers that keep award_counts (see 0006_review.sql).
CREATE TRIGGER awards_count_insert AFTER INSERT ON awards
BEGIN
    INSERT INTO award_counts (policy_code, period, status, flags, n) VALUES (NEW.policy_code, NEW.period, NEW.status, NEW.flags, 1)
    ON CONFLICT (policy_code, period, status, flags) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER awards_count_update AFTER UPDATE OF policy_code, period, status, flags ON awards
WHEN OLD.policy_code <> NEW.policy_code OR OLD.period <> NEW.period OR OLD.status <> NEW.status OR OLD.flags <> NEW.flags
BEGIN
    UPDATE award_counts SET n = n - 1
    WHERE policy_code = OLD.policy_code AND period = OLD.period AND status = OLD.status AND flags = OLD.flags;
    INSERT INTO award_counts (policy_code, period, status, flags, n) VALUES (NEW.policy_code, NEW.period, NEW.status, NEW.flags, 1)
    ON CONFLICT (policy_code, period, status, flags) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER awards_count_delete AFTER DELETE ON awards
BEGIN
    UPDATE award_counts SET n = n - 1
    WHERE policy_code = OLD.policy_code AND period = OLD.period AND status = OLD.status AND flags = OLD.flags;
END;
