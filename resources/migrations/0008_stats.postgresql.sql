-- Statistics triggers (PostgreSQL): keep stats_policy_month and
-- stats_subject_month equal to a recount of the ledger, in the writer's own
-- transaction. Writers of one (policy, month) serialize on its summary row.
CREATE FUNCTION stats_apply_paid(p_policy TEXT, p_period TEXT, p_kind TEXT, p_subject TEXT, p_amount BIGINT, p_sign INTEGER)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    n BIGINT;
BEGIN
    INSERT INTO stats_policy_month AS s (policy_code, period, subject_kind, paid_fen, payment_count)
        VALUES (p_policy, p_period, p_kind, p_sign * p_amount, p_sign)
        ON CONFLICT (policy_code, period) DO UPDATE
        SET paid_fen = s.paid_fen + excluded.paid_fen, payment_count = s.payment_count + excluded.payment_count;
    INSERT INTO stats_subject_month AS m (policy_code, period, subject_id, subject_kind, payment_count)
        VALUES (p_policy, p_period, p_subject, p_kind, p_sign)
        ON CONFLICT (policy_code, period, subject_id) DO UPDATE
        SET payment_count = m.payment_count + excluded.payment_count
        RETURNING m.payment_count INTO n;
    IF p_sign > 0 AND n = 1 THEN
        UPDATE stats_policy_month SET subject_count = subject_count + 1
            WHERE policy_code = p_policy AND period = p_period;
    ELSIF p_sign < 0 AND n = 0 THEN
        UPDATE stats_policy_month SET subject_count = subject_count - 1
            WHERE policy_code = p_policy AND period = p_period;
        DELETE FROM stats_subject_month
            WHERE policy_code = p_policy AND period = p_period AND subject_id = p_subject AND payment_count = 0;
        DELETE FROM stats_policy_month
            WHERE policy_code = p_policy AND period = p_period AND payment_count = 0 AND recovery_count = 0;
    END IF;
END;
$$;
CREATE FUNCTION stats_apply_recovered(p_policy TEXT, p_period TEXT, p_payment BIGINT, p_amount BIGINT, p_sign INTEGER)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stats_policy_month AS s (policy_code, period, subject_kind, recovered_fen, recovery_count)
        VALUES (p_policy, p_period,
                coalesce((SELECT subject_kind FROM payments WHERE id = p_payment), 'person'),
                p_sign * p_amount, p_sign)
        ON CONFLICT (policy_code, period) DO UPDATE
        SET recovered_fen = s.recovered_fen + excluded.recovered_fen,
            recovery_count = s.recovery_count + excluded.recovery_count;
    IF p_sign < 0 THEN
        DELETE FROM stats_policy_month
            WHERE policy_code = p_policy AND period = p_period AND payment_count = 0 AND recovery_count = 0;
    END IF;
END;
$$;
CREATE FUNCTION stats_payments_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF OLD.status = 'paid' THEN
            PERFORM stats_apply_paid(OLD.policy_code, OLD.period, OLD.subject_kind, OLD.subject_id, OLD.amount_fen, -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF NEW.status = 'paid' THEN
            PERFORM stats_apply_paid(NEW.policy_code, NEW.period, NEW.subject_kind, NEW.subject_id, NEW.amount_fen, 1);
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER stats_payments AFTER INSERT OR DELETE OR UPDATE OF status, amount_fen, policy_code, period, subject_id, subject_kind
    ON payments FOR EACH ROW EXECUTE FUNCTION stats_payments_changed();
CREATE FUNCTION stats_recoveries_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF OLD.status = 'settled' THEN
            PERFORM stats_apply_recovered(OLD.policy_code, OLD.period, OLD.payment_id, OLD.amount_fen, -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF NEW.status = 'settled' THEN
            PERFORM stats_apply_recovered(NEW.policy_code, NEW.period, NEW.payment_id, NEW.amount_fen, 1);
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER stats_recoveries AFTER INSERT OR DELETE OR UPDATE OF status, amount_fen, policy_code, period
    ON recoveries FOR EACH ROW EXECUTE FUNCTION stats_recoveries_changed();
