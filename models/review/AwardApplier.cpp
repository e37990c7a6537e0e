#include "review/AwardApplier.h"

#include "review/ReviewSql.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

namespace mianshen::review {

using domain::Result;
using domain::Status;

namespace {

// The state a decision's outcome gives a new award.
const char kNewStatus[] =
    "CASE d.outcome WHEN 'auto' THEN 'approved' WHEN 'review' THEN 'awaiting_review' ELSE 'held' END";
const char kOpen[] = "('awaiting_review', 'reopened')";

// "feed=import;feed=import" -> feed -> import id.
QMap<QString, qint64> parseInputs(const QString &inputs)
{
    QMap<QString, qint64> out;
    for (const QString &part : inputs.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(part.left(eq), part.mid(eq + 1).toLongLong());
    }
    return out;
}

} // namespace

AwardApplier::AwardApplier(store::Database &db, qint64 runId) : m_db(db), m_runId(runId) {}

Result<AwardStore::ApplyCounts> AwardApplier::apply()
{
    using R = Result<AwardStore::ApplyCounts>;
    QSqlQuery run(m_db.connection());
    run.prepare(QStringLiteral("SELECT period FROM matching_runs WHERE id = ?"));
    run.addBindValue(m_runId);
    if (!run.exec() || !run.next())
        return R::failure(tr("Run %1 is not in the database: its decisions cannot become awards.").arg(m_runId));
    m_period = run.value(0).toString();
    run.finish();
    m_now = detail::nowText();
    m_actor = detail::actorOf(m_db);
    auto feeds = feedsNote();
    if (!feeds)
        return R::failure(feeds.error());
    if (Status s = recordChanges(feeds.value()); !s)
        return R::failure(s.error());
    if (Status s = recordResumed(); !s)
        return R::failure(s.error());
    if (Status s = updateChanged(); !s)
        return R::failure(s.error());
    auto created = insertNew();
    if (!created)
        return R::failure(created.error());
    auto counts = countChanges(created.value());
    if (!counts)
        return counts;
    if (Status s = auditChanges(counts.value()); !s)
        return R::failure(s.error());
    return counts;
}

// The feeds this run read anew compared with the period's previous
// completed run: "education (2021-10-03); persons (2021-10-01)".
Result<QString> AwardApplier::feedsNote() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT inputs FROM matching_runs WHERE period = ? AND id <= ? AND status = 'completed' "
                             "ORDER BY id DESC LIMIT 2"));
    q.addBindValue(m_period);
    q.addBindValue(m_runId);
    if (!q.exec())
        return Result<QString>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the runs")));
    QStringList inputs;
    while (q.next())
        inputs << q.value(0).toString();
    if (inputs.size() < 2)
        return QString();
    const auto now = parseInputs(inputs[0]);
    const auto before = parseInputs(inputs[1]);
    QStringList parts;
    QSqlQuery h(m_db.connection());
    h.prepare(QStringLiteral("SELECT COALESCE(finished_at, started_at) FROM import_history WHERE id = ?"));
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (before.value(it.key(), -1) == it.value())
            continue;
        h.addBindValue(it.value());
        QString when;
        if (h.exec() && h.next())
            when = h.value(0).toString().left(10);
        parts << (when.isEmpty() ? it.key() : QStringLiteral("%1 (%2)").arg(it.key(), when));
    }
    return parts.join(QStringLiteral("; "));
}

// One award_changes row per existing award the run's decisions change.
// An award whose payment is on its way (in a batch, not failed or expired)
// is treated like a paid one: the run records the change but leaves the
// award, so the payment and its award never disagree.
#define LIVE_PAYMENT "EXISTS (SELECT 1 FROM payments p WHERE p.award_id = a.id AND p.status NOT IN ('failed', 'expired'))"
Status AwardApplier::recordChanges(const QString &feeds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO award_changes (award_id, run_id, kind, policy_version, status_before, status_after, "
        "amount_before, amount_after, flags_before, flags_after, feeds, actor, at) "
        "SELECT award_id, ?, kind, policy_version, status_before, status_after, amount_before, amount_after, "
        "flags_before, flags_after, ?, ?, ? FROM ("
        " SELECT a.id AS award_id, d.policy_version AS policy_version, a.status AS status_before, "
        "  a.amount_fen AS amount_before, a.flags AS flags_before, d.change AS chg, d.outcome AS outcome, "
        "  CASE WHEN d.change = 'withdrawn' THEN a.amount_fen ELSE d.amount_fen END AS amount_after, "
        "  CASE WHEN d.change = 'withdrawn' THEN a.flags ELSE d.flags END AS flags_after, "
        "  CASE WHEN a.status = 'paid' OR " LIVE_PAYMENT " THEN 'paid_changed' "
        "       WHEN d.change = 'withdrawn' THEN 'withdrawn' "
        "       WHEN a.status = 'withdrawn' THEN 'requalified' "
        "       WHEN a.decided_by IS NOT NULL AND a.status IN ('approved', 'rejected') THEN 'reopened' "
        "       ELSE 'updated' END AS kind, "
        "  CASE WHEN a.status = 'paid' OR " LIVE_PAYMENT " THEN a.status "
        "       WHEN d.change = 'withdrawn' THEN 'withdrawn' "
        "       WHEN a.status IN ('withdrawn', 'held') OR (a.status = 'approved' AND a.decided_by IS NULL) THEN %1 "
        "       WHEN a.decided_by IS NOT NULL AND a.status IN ('approved', 'rejected') THEN 'reopened' "
        "       WHEN d.outcome = 'auto' THEN 'approved' WHEN d.outcome = 'over_budget' THEN 'held' "
        "       WHEN a.status = 'returned' THEN 'awaiting_review' "
        "       ELSE a.status END AS status_after "
        " FROM decisions d JOIN awards a ON a.policy_code = d.policy_code AND a.subject_id = d.subject_id "
        "  AND a.period = d.period "
        " WHERE d.run_id = ? AND (a.decided_in_run IS NULL OR a.decided_in_run <> d.run_id)"
        ") x WHERE CASE "
        "  WHEN kind = 'withdrawn' THEN status_before NOT IN ('withdrawn', 'rejected') "
        "  WHEN kind = 'paid_changed' THEN chg = 'withdrawn' OR amount_before <> amount_after OR flags_before <> flags_after "
        "  WHEN kind = 'requalified' THEN 1 = 1 "
        "  WHEN kind = 'reopened' THEN amount_before <> amount_after OR flags_before <> flags_after "
        "       OR (status_before = 'approved' AND outcome = 'over_budget') "
        "  ELSE amount_before <> amount_after OR flags_before <> flags_after OR status_after <> status_before END")
                  .arg(QLatin1String(kNewStatus)));
    q.addBindValue(m_runId);
    q.addBindValue(detail::text(feeds));
    q.addBindValue(m_actor);
    q.addBindValue(m_now);
    q.addBindValue(m_runId);
    return detail::exec(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "record the changes of the awards"));
}

// Returned awards whose feed was imported again since: back to awaiting_review.
Status AwardApplier::recordResumed()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO award_changes (award_id, run_id, kind, policy_version, status_before, status_after, "
        "amount_before, amount_after, flags_before, flags_after, feeds, actor, at) "
        "SELECT a.id, ?, 'resumed', a.policy_version, a.status, 'awaiting_review', a.amount_fen, a.amount_fen, "
        "a.flags, a.flags, a.returned_feed, ?, ? FROM awards a "
        "WHERE a.status = 'returned' AND (a.period = ? OR a.period = '') "
        "AND a.policy_code IN (SELECT policy_code FROM run_policies WHERE run_id = ?) "
        "AND COALESCE((SELECT MAX(h.id) FROM import_history h WHERE h.feed = a.returned_feed "
        "              AND h.result = 'imported'), 0) > COALESCE(a.returned_import, 0) "
        "AND NOT EXISTS (SELECT 1 FROM award_changes c WHERE c.award_id = a.id AND c.run_id = ?)"));
    q.addBindValue(m_runId);
    q.addBindValue(m_actor);
    q.addBindValue(m_now);
    q.addBindValue(m_period);
    q.addBindValue(m_runId);
    q.addBindValue(m_runId);
    return detail::exec(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "resume the returned awards"));
}

// Applies the run's change rows to the awards (a paid award stays as it is).
Status AwardApplier::updateChanged()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE awards SET status = c.status_after, amount_fen = c.amount_after, flags = c.flags_after, "
        "policy_version = c.policy_version, decided_in_run = c.run_id, version = awards.version + 1, updated_at = c.at, "
        "waiting_since = CASE WHEN c.status_after IN %1 AND (c.status_before NOT IN %1 OR c.kind = 'reopened') THEN c.at "
        "                     WHEN c.status_after IN %1 THEN awards.waiting_since ELSE NULL END, "
        "claimed_by = CASE WHEN c.status_after IN %1 THEN awards.claimed_by ELSE NULL END, "
        "claimed_at = CASE WHEN c.status_after IN %1 THEN awards.claimed_at ELSE NULL END, "
        "lease_until = CASE WHEN c.status_after IN %1 THEN awards.lease_until ELSE NULL END, "
        "first_approved_by = NULL, "
        "second_opinion_by = CASE WHEN c.status_after IN %1 AND c.kind <> 'reopened' THEN awards.second_opinion_by ELSE NULL END, "
        "decided_by = CASE WHEN c.status_after IN ('approved', 'held', 'withdrawn') THEN NULL ELSE awards.decided_by END, "
        "returned_feed = CASE WHEN c.status_after = 'returned' THEN awards.returned_feed ELSE NULL END, "
        "returned_field = CASE WHEN c.status_after = 'returned' THEN awards.returned_field ELSE NULL END, "
        "returned_import = CASE WHEN c.status_after = 'returned' THEN awards.returned_import ELSE NULL END "
        "FROM award_changes c WHERE c.award_id = awards.id AND c.run_id = ? AND c.kind <> 'paid_changed'")
                  .arg(QLatin1String(kOpen)));
    q.addBindValue(m_runId);
    return detail::exec(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "update the awards"));
}

// Decisions without an award: new awards (set-based, one statement).
Result<qint64> AwardApplier::insertNew()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO awards (policy_code, policy_version, subject_id, period, amount_fen, status, decided_in_run, "
        "created_at, subject_kind, version, flags, updated_at, subject_name, waiting_since) "
        "SELECT d.policy_code, d.policy_version, d.subject_id, d.period, d.amount_fen, %1, d.run_id, ?, "
        "COALESCE(pp.subject_kind, 'person'), 1, d.flags, ?, "
        "COALESCE(CASE WHEN pp.subject_kind = 'enterprise' "
        "              THEN (SELECT e.name FROM enterprises e WHERE e.credit_code = d.subject_id) "
        "              ELSE (SELECT p.name FROM persons p WHERE p.id_number = d.subject_id) END, ''), "
        "CASE WHEN d.outcome = 'review' THEN ? ELSE NULL END "
        "FROM decisions d LEFT JOIN published_policies pp ON pp.policy_code = d.policy_code AND pp.version = d.policy_version "
        "WHERE d.run_id = ? AND d.change <> 'withdrawn' AND NOT EXISTS (SELECT 1 FROM awards a "
        " WHERE a.policy_code = d.policy_code AND a.subject_id = d.subject_id AND a.period = d.period)")
                  .arg(QLatin1String(kNewStatus)));
    q.addBindValue(m_now);
    q.addBindValue(m_now);
    q.addBindValue(m_now);
    q.addBindValue(m_runId);
    if (Status s = detail::exec(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "create the awards")); !s)
        return Result<qint64>::failure(s.error());
    return qint64(qMax(0, q.numRowsAffected()));
}

Result<AwardStore::ApplyCounts> AwardApplier::countChanges(qint64 created)
{
    AwardStore::ApplyCounts c;
    c.created = created;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kind, COUNT(*) FROM award_changes WHERE run_id = ? GROUP BY kind"));
    q.addBindValue(m_runId);
    if (!q.exec())
        return Result<AwardStore::ApplyCounts>::failure(
            detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "count the changes of the awards")));
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        if (kind == QLatin1String("updated")) c.updated = n;
        else if (kind == QLatin1String("reopened")) c.reopened = n;
        else if (kind == QLatin1String("withdrawn")) c.withdrawn = n;
        else if (kind == QLatin1String("requalified")) c.requalified = n;
        else if (kind == QLatin1String("resumed")) c.resumed = n;
        else if (kind == QLatin1String("paid_changed")) c.paidChanged = n;
    }
    return c;
}

// One audit row per changed award (new awards are counted in the run's row:
// a first run of a million subjects must not write a million audit rows; the
// award itself records the run that made it), then the run's row.
Status AwardApplier::auditChanges(const AwardStore::ApplyCounts &counts)
{
    if (counts.total() == 0)
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM award_changes c WHERE c.run_id = ? ORDER BY c.id")
                  .arg(AwardStore::changeSelectList()));
    q.addBindValue(m_runId);
    if (!q.exec())
        return Status::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the changes of the awards")));
    QList<AwardChange> changes;
    while (q.next())
        changes << AwardStore::changeFromQuery(q);
    q.finish();
    for (const AwardChange &c : changes) {
        const QJsonObject before{{QStringLiteral("status"), c.statusBefore},
                                 {QStringLiteral("amount_fen"), qint64(c.amountBefore)},
                                 {QStringLiteral("flags"), c.flagsBefore}};
        const QJsonObject after{{QStringLiteral("status"), c.statusAfter},
                                {QStringLiteral("amount_fen"), qint64(c.amountAfter)},
                                {QStringLiteral("flags"), c.flagsAfter},
                                {QStringLiteral("run"), m_runId}};
        if (Status s = detail::audit(m_db, m_actor, QStringLiteral("award.") + c.kind, QStringLiteral("award"),
                                     QString::number(c.awardId),
                                     QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                                     QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)), c.reason());
            !s)
            return s;
    }
    const QJsonObject summary{{QStringLiteral("created"), counts.created}, {QStringLiteral("updated"), counts.updated},
                              {QStringLiteral("reopened"), counts.reopened}, {QStringLiteral("withdrawn"), counts.withdrawn},
                              {QStringLiteral("requalified"), counts.requalified}, {QStringLiteral("resumed"), counts.resumed},
                              {QStringLiteral("paid_changed"), counts.paidChanged}, {QStringLiteral("period"), m_period}};
    return detail::audit(m_db, m_actor, QStringLiteral("awards.apply_run"), QStringLiteral("run"), QString::number(m_runId),
                         {}, QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)), {});
}

} // namespace mianshen::review
