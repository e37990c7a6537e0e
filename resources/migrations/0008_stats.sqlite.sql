-- Statistics triggers (SQLite): keep stats_policy_month and stats_subject_month
-- equal to a recount of the ledger, in the writer's own transaction.
-- (SQLite runs trigger bodies without branches: one trigger per case.)
CREATE TRIGGER stats_payment_inserted AFTER INSERT ON payments WHEN NEW.status = 'paid'
BEGIN
    INSERT OR IGNORE INTO stats_policy_month (policy_code, period, subject_kind) VALUES (NEW.policy_code, NEW.period, NEW.subject_kind);
    UPDATE stats_policy_month SET paid_fen = paid_fen + NEW.amount_fen, payment_count = payment_count + 1 WHERE policy_code = NEW.policy_code AND period = NEW.period;
    INSERT OR IGNORE INTO stats_subject_month (policy_code, period, subject_id, subject_kind) VALUES (NEW.policy_code, NEW.period, NEW.subject_id, NEW.subject_kind);
    UPDATE stats_subject_month SET payment_count = payment_count + 1 WHERE policy_code = NEW.policy_code AND period = NEW.period AND subject_id = NEW.subject_id;
    UPDATE stats_policy_month SET subject_count = subject_count + 1 WHERE policy_code = NEW.policy_code AND period = NEW.period
        AND (SELECT payment_count FROM stats_subject_month WHERE policy_code = NEW.policy_code AND period = NEW.period AND subject_id = NEW.subject_id) = 1;
END;
CREATE TRIGGER stats_payment_deleted AFTER DELETE ON payments WHEN OLD.status = 'paid'
BEGIN
    INSERT OR IGNORE INTO stats_policy_month (policy_code, period, subject_kind) VALUES (OLD.policy_code, OLD.period, OLD.subject_kind);
    UPDATE stats_policy_month SET paid_fen = paid_fen - OLD.amount_fen, payment_count = payment_count - 1 WHERE policy_code = OLD.policy_code AND period = OLD.period;
    INSERT OR IGNORE INTO stats_subject_month (policy_code, period, subject_id, subject_kind) VALUES (OLD.policy_code, OLD.period, OLD.subject_id, OLD.subject_kind);
    UPDATE stats_subject_month SET payment_count = payment_count - 1 WHERE policy_code = OLD.policy_code AND period = OLD.period AND subject_id = OLD.subject_id;
    UPDATE stats_policy_month SET subject_count = subject_count - 1 WHERE policy_code = OLD.policy_code AND period = OLD.period
        AND (SELECT payment_count FROM stats_subject_month WHERE policy_code = OLD.policy_code AND period = OLD.period AND subject_id = OLD.subject_id) = 0;
    DELETE FROM stats_subject_month WHERE policy_code = OLD.policy_code AND period = OLD.period AND subject_id = OLD.subject_id AND payment_count = 0;
    DELETE FROM stats_policy_month WHERE policy_code = OLD.policy_code AND period = OLD.period AND payment_count = 0 AND recovery_count = 0;
END;
CREATE TRIGGER stats_payment_left_paid AFTER UPDATE OF status, amount_fen, policy_code, period, subject_id, subject_kind ON payments WHEN OLD.status = 'paid'
BEGIN
    INSERT OR IGNORE INTO stats_policy_month (policy_code, period, subject_kind) VALUES (OLD.policy_code, OLD.period, OLD.subject_kind);
    UPDATE stats_policy_month SET paid_fen = paid_fen - OLD.amount_fen, payment_count = payment_count - 1 WHERE policy_code = OLD.policy_code AND period = OLD.period;
    INSERT OR IGNORE INTO stats_subject_month (policy_code, period, subject_id, subject_kind) VALUES (OLD.policy_code, OLD.period, OLD.subject_id, OLD.subject_kind);
    UPDATE stats_subject_month SET payment_count = payment_count - 1 WHERE policy_code = OLD.policy_code AND period = OLD.period AND subject_id = OLD.subject_id;
    UPDATE stats_policy_month SET subject_count = subject_count - 1 WHERE policy_code = OLD.policy_code AND period = OLD.period
        AND (SELECT payment_count FROM stats_subject_month WHERE policy_code = OLD.policy_code AND period = OLD.period AND subject_id = OLD.subject_id) = 0;
    DELETE FROM stats_subject_month WHERE policy_code = OLD.policy_code AND period = OLD.period AND subject_id = OLD.subject_id AND payment_count = 0;
    DELETE FROM stats_policy_month WHERE policy_code = OLD.policy_code AND period = OLD.period AND payment_count = 0 AND recovery_count = 0;
END;
CREATE TRIGGER stats_payment_now_paid AFTER UPDATE OF status, amount_fen, policy_code, period, subject_id, subject_kind ON payments WHEN NEW.status = 'paid'
BEGIN
    INSERT OR IGNORE INTO stats_policy_month (policy_code, period, subject_kind) VALUES (NEW.policy_code, NEW.period, NEW.subject_kind);
    UPDATE stats_policy_month SET paid_fen = paid_fen + NEW.amount_fen, payment_count = payment_count + 1 WHERE policy_code = NEW.policy_code AND period = NEW.period;
    INSERT OR IGNORE INTO stats_subject_month (policy_code, period, subject_id, subject_kind) VALUES (NEW.policy_code, NEW.period, NEW.subject_id, NEW.subject_kind);
    UPDATE stats_subject_month SET payment_count = payment_count + 1 WHERE policy_code = NEW.policy_code AND period = NEW.period AND subject_id = NEW.subject_id;
    UPDATE stats_policy_month SET subject_count = subject_count + 1 WHERE policy_code = NEW.policy_code AND period = NEW.period
        AND (SELECT payment_count FROM stats_subject_month WHERE policy_code = NEW.policy_code AND period = NEW.period AND subject_id = NEW.subject_id) = 1;
END;
CREATE TRIGGER stats_recovery_inserted AFTER INSERT ON recoveries WHEN NEW.status = 'settled'
BEGIN
    INSERT OR IGNORE INTO stats_policy_month (policy_code, period, subject_kind)
        SELECT NEW.policy_code, NEW.period, coalesce((SELECT subject_kind FROM payments WHERE id = NEW.payment_id), 'person');
    UPDATE stats_policy_month SET recovered_fen = recovered_fen + NEW.amount_fen, recovery_count = recovery_count + 1 WHERE policy_code = NEW.policy_code AND period = NEW.period;
END;
CREATE TRIGGER stats_recovery_deleted AFTER DELETE ON recoveries WHEN OLD.status = 'settled'
BEGIN
    INSERT OR IGNORE INTO stats_policy_month (policy_code, period, subject_kind)
        SELECT OLD.policy_code, OLD.period, coalesce((SELECT subject_kind FROM payments WHERE id = OLD.payment_id), 'person');
    UPDATE stats_policy_month SET recovered_fen = recovered_fen - OLD.amount_fen, recovery_count = recovery_count - 1 WHERE policy_code = OLD.policy_code AND period = OLD.period;
    DELETE FROM stats_policy_month WHERE policy_code = OLD.policy_code AND period = OLD.period AND payment_count = 0 AND recovery_count = 0;
END;
CREATE TRIGGER stats_recovery_left_settled AFTER UPDATE OF status, amount_fen, policy_code, period ON recoveries WHEN OLD.status = 'settled'
BEGIN
    INSERT OR IGNORE INTO stats_policy_month (policy_code, period, subject_kind)
        SELECT OLD.policy_code, OLD.period, coalesce((SELECT subject_kind FROM payments WHERE id = OLD.payment_id), 'person');
    UPDATE stats_policy_month SET recovered_fen = recovered_fen - OLD.amount_fen, recovery_count = recovery_count - 1 WHERE policy_code = OLD.policy_code AND period = OLD.period;
    DELETE FROM stats_policy_month WHERE policy_code = OLD.policy_code AND period = OLD.period AND payment_count = 0 AND recovery_count = 0;
END;
CREATE TRIGGER stats_recovery_now_settled AFTER UPDATE OF status, amount_fen, policy_code, period ON recoveries WHEN NEW.status = 'settled'
BEGIN
    INSERT OR IGNORE INTO stats_policy_month (policy_code, period, subject_kind)
        SELECT NEW.policy_code, NEW.period, coalesce((SELECT subject_kind FROM payments WHERE id = NEW.payment_id), 'person');
    UPDATE stats_policy_month SET recovered_fen = recovered_fen + NEW.amount_fen, recovery_count = recovery_count + 1 WHERE policy_code = NEW.policy_code AND period = NEW.period;
END;
