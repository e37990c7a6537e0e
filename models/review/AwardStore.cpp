#include "review/AwardStore.h"

#include "domain/Money.h"
#include "review/AwardApplier.h"
#include "review/ReviewSettings.h"
#include "review/ReviewSql.h"
#include "store/Database.h"

#include <QSqlQuery>

namespace mianshen::review {

using domain::Result;
using domain::Status;

namespace {
QString money(std::int64_t fen)
{
    return domain::Money::fromFen(fen).toDisplayString();
}
} // namespace

QString AwardChange::reason() const
{
    auto tr = [](const char *s) { return QCoreApplication::translate("mianshen::review::AwardChange", s); };
    QStringList what;
    if (kind == QLatin1String("withdrawn"))
        what << tr("the subject no longer qualifies");
    else if (kind == QLatin1String("resumed"))
        what << tr("the feed %1 was imported again").arg(feeds);
    else if (kind == QLatin1String("requalified"))
        what << tr("the subject qualifies again");
    if (kind != QLatin1String("resumed") && kind != QLatin1String("withdrawn")) {
        if (amountBefore != amountAfter)
            what << tr("amount changed from %1 to %2").arg(money(amountBefore), money(amountAfter));
        if (flagsBefore != flagsAfter)
            what << tr("flags changed from \"%1\" to \"%2\"").arg(flagsBefore, flagsAfter);
        if (statusAfter == QLatin1String("held") && statusBefore != QLatin1String("held"))
            what << tr("now over budget");
        if (what.isEmpty() && statusBefore != statusAfter)
            what << tr("status changed from %1 to %2").arg(awardStatusTitle(statusBefore), awardStatusTitle(statusAfter));
    }
    QString text = what.join(QStringLiteral("; "));
    if (!feeds.isEmpty() && kind != QLatin1String("resumed"))
        text += QLatin1Char(' ') + tr("after the import of %1").arg(feeds);
    if (runId > 0)
        text += QLatin1Char(' ') + tr("(run %1)").arg(runId);
    return text;
}

AwardStore::AwardStore(store::Database &db) : m_db(db) {}

Status AwardStore::applyRun(store::Database &db, qint64 runId)
{
    auto counts = applyRunCounted(db, runId);
    return counts ? Status() : Status::failure(counts.error());
}

Result<AwardStore::ApplyCounts> AwardStore::applyRunCounted(store::Database &db, qint64 runId)
{
    return AwardApplier(db, runId).apply();
}

QString AwardStore::selectList()
{
    return QStringLiteral(
        "a.id, a.policy_code, a.policy_version, a.subject_id, a.subject_kind, a.subject_name, a.period, a.amount_fen, "
        "a.status, a.flags, a.version, a.decided_in_run, a.created_at, a.updated_at, a.waiting_since, a.claimed_by, "
        "a.claimed_at, a.lease_until, a.first_approved_by, a.decided_by, a.second_opinion_by, a.returned_feed, "
        "a.returned_field");
}

QString AwardStore::returningList()
{
    return selectList().remove(QStringLiteral("a."));
}

Award AwardStore::fromQuery(const QSqlQuery &q, int c)
{
    Award a;
    a.id = q.value(c + 0).toLongLong();
    a.policyCode = q.value(c + 1).toString();
    a.policyVersion = q.value(c + 2).toInt();
    a.subjectId = q.value(c + 3).toString();
    a.subjectKind = q.value(c + 4).toString();
    a.subjectName = q.value(c + 5).toString();
    a.period = q.value(c + 6).toString();
    a.amountFen = q.value(c + 7).toLongLong();
    a.status = q.value(c + 8).toString();
    a.flags = q.value(c + 9).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    a.version = q.value(c + 10).toInt();
    a.decidedInRun = q.value(c + 11).toLongLong();
    a.createdAt = q.value(c + 12).toString();
    a.updatedAt = q.value(c + 13).toString();
    a.waitingSince = q.value(c + 14).toString();
    a.claimedBy = q.value(c + 15).toString();
    a.claimedAt = q.value(c + 16).toString();
    a.leaseUntil = q.value(c + 17).toString();
    a.firstApprovedBy = q.value(c + 18).toString();
    a.decidedBy = q.value(c + 19).toString();
    a.secondOpinion = !q.value(c + 20).isNull() && !q.value(c + 20).toString().isEmpty();
    a.returnedFeed = q.value(c + 21).toString();
    a.returnedField = q.value(c + 22).toString();
    return a;
}

QString AwardStore::changeSelectList()
{
    return QStringLiteral("c.id, c.award_id, c.run_id, c.kind, c.status_before, c.status_after, c.amount_before, "
                          "c.amount_after, c.flags_before, c.flags_after, c.feeds, c.actor, c.at");
}

AwardChange AwardStore::changeFromQuery(const QSqlQuery &q)
{
    AwardChange c;
    c.id = q.value(0).toLongLong();
    c.awardId = q.value(1).toLongLong();
    c.runId = q.value(2).toLongLong();
    c.kind = q.value(3).toString();
    c.statusBefore = q.value(4).toString();
    c.statusAfter = q.value(5).toString();
    c.amountBefore = q.value(6).toLongLong();
    c.amountAfter = q.value(7).toLongLong();
    c.flagsBefore = q.value(8).toString();
    c.flagsAfter = q.value(9).toString();
    c.feeds = q.value(10).toString();
    c.actor = q.value(11).toString();
    c.at = q.value(12).toString();
    return c;
}

Result<Award> AwardStore::award(qint64 awardId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM awards a WHERE a.id = ?").arg(selectList()));
    q.addBindValue(awardId);
    if (!q.exec())
        return Result<Award>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the award")));
    if (!q.next())
        return Result<Award>::failure(tr("There is no award %1.").arg(awardId));
    return fromQuery(q);
}

Result<std::optional<Award>> AwardStore::find(const QString &policyCode, const QString &subjectId, const QString &period) const
{
    using R = Result<std::optional<Award>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM awards a WHERE a.policy_code = ? AND a.subject_id = ? AND a.period = ?")
                  .arg(selectList()));
    q.addBindValue(policyCode);
    q.addBindValue(subjectId);
    q.addBindValue(detail::text(period));
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the award")));
    if (!q.next())
        return std::optional<Award>();
    return std::optional<Award>(fromQuery(q));
}

Result<QList<Award>> AwardStore::subjectAwards(const QString &subjectId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM awards a WHERE a.subject_id = ? ORDER BY a.period DESC, a.policy_code")
                  .arg(selectList()));
    q.addBindValue(subjectId);
    if (!q.exec())
        return Result<QList<Award>>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the awards")));
    QList<Award> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

Result<QList<AwardChange>> AwardStore::changes(qint64 awardId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM award_changes c WHERE c.award_id = ? ORDER BY c.id").arg(changeSelectList()));
    q.addBindValue(awardId);
    if (!q.exec())
        return Result<QList<AwardChange>>::failure(
            detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the changes of the award")));
    QList<AwardChange> out;
    while (q.next())
        out << changeFromQuery(q);
    return out;
}

Result<QList<QPair<QString, qint64>>> AwardStore::countsByStatus(const QString &period) const
{
    using R = Result<QList<QPair<QString, qint64>>>;
    QSqlQuery q(m_db.connection());
    if (period.isNull()) {
        q.prepare(QStringLiteral("SELECT status, COUNT(*) FROM awards GROUP BY status ORDER BY status"));
    } else {
        q.prepare(QStringLiteral("SELECT status, COUNT(*) FROM awards WHERE period = ? GROUP BY status ORDER BY status"));
        q.addBindValue(period);
    }
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "count the awards")));
    QList<QPair<QString, qint64>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

} // namespace mianshen::review

namespace mianshen::review {

// Held awards become approved, lowest id first, while the budget allows;
// stops at the first that does not fit (the order is kept).
Result<qint64> AwardStore::releaseHeldIn(store::Database &db, const QString &policyCode)
{
    using R = Result<qint64>;
    QSqlQuery v(db.connection());
    v.prepare(QStringLiteral("SELECT MAX(version) FROM published_policies WHERE policy_code = ? AND status = 'published'"));
    v.addBindValue(policyCode);
    if (!v.exec() || !v.next() || v.value(0).isNull())
        return qint64(0);
    auto settings = ReviewSettings::load(db, policyCode, v.value(0).toInt());
    if (!settings)
        return R::failure(settings.error());
    if (!settings->budgetFen)
        return qint64(0);
    QSqlQuery spent(db.connection());
    spent.prepare(QStringLiteral(
        "SELECT COALESCE((SELECT SUM(amount_fen) FROM awards WHERE policy_code = ? AND status IN "
        "('approved', 'awaiting_review', 'returned', 'reopened', 'paid')), 0) + "
        "COALESCE((SELECT SUM(amount_fen) FROM payment_history WHERE policy_code = ?), 0)"));
    spent.addBindValue(policyCode);
    spent.addBindValue(policyCode);
    if (!spent.exec() || !spent.next())
        return R::failure(detail::sqlFailure(spent, QT_TRANSLATE_NOOP("mianshen::review::Sql", "sum the budget used")));
    qint64 left = *settings->budgetFen - spent.value(0).toLongLong();
    QSqlQuery held(db.connection());
    held.prepare(QStringLiteral("SELECT id, amount_fen, flags, policy_version FROM awards WHERE policy_code = ? AND status = 'held' ORDER BY id"));
    held.addBindValue(policyCode);
    if (!held.exec())
        return R::failure(detail::sqlFailure(held, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the held awards")));
    struct Row { qint64 id, fen; QString flags; int version; };
    QList<Row> rows;
    while (held.next()) {
        const qint64 fen = held.value(1).toLongLong();
        if (fen > left)
            break;
        left -= fen;
        rows.append({held.value(0).toLongLong(), fen, held.value(2).toString(), held.value(3).toInt()});
    }
    held.finish();
    const QString now = detail::nowText();
    const QString actor = detail::actorOf(db);
    for (const Row &r : rows) {
        // Flagged: to a reviewer; else approved.
        const QString to = r.flags.isEmpty() ? QStringLiteral("approved") : QStringLiteral("awaiting_review");
        QSqlQuery u(db.connection());
        u.prepare(QStringLiteral("UPDATE awards SET status = ?, version = version + 1, updated_at = ?, "
                                 "waiting_since = CASE WHEN ? = 'awaiting_review' THEN ? ELSE NULL END "
                                 "WHERE id = ? AND status = 'held'"));
        u.addBindValue(to);
        u.addBindValue(now);
        u.addBindValue(to);
        u.addBindValue(now);
        u.addBindValue(r.id);
        if (Status s = detail::exec(u, QT_TRANSLATE_NOOP("mianshen::review::Sql", "release a held award")); !s)
            return R::failure(s.error());
        QSqlQuery c(db.connection());
        c.prepare(QStringLiteral("INSERT INTO award_changes (award_id, run_id, kind, policy_version, status_before, "
                                 "status_after, amount_before, amount_after, flags_before, flags_after, feeds, actor, at) "
                                 "VALUES (?, NULL, 'released', ?, 'held', ?, ?, ?, ?, ?, '', ?, ?)"));
        c.addBindValue(r.id);
        c.addBindValue(r.version);
        c.addBindValue(to);
        c.addBindValue(r.fen);
        c.addBindValue(r.fen);
        c.addBindValue(r.flags);
        c.addBindValue(r.flags);
        c.addBindValue(actor);
        c.addBindValue(now);
        if (Status s = detail::exec(c, QT_TRANSLATE_NOOP("mianshen::review::Sql", "record the release")); !s)
            return R::failure(s.error());
        if (Status s = detail::audit(db, actor, QStringLiteral("award.released"), QStringLiteral("award"),
                                     QString::number(r.id), QStringLiteral("{\"status\":\"held\"}"),
                                     QStringLiteral("{\"status\":\"%1\"}").arg(to),
                                     tr("budget freed: released in the policy's order"));
            !s)
            return R::failure(s.error());
    }
    return qint64(rows.size());
}

Result<qint64> AwardStore::releaseHeld(const QString &policyCode)
{
    Result<qint64> out = qint64(0);
    const Status s = detail::inWriteTransaction(m_db, [&]() -> Status {
        out = releaseHeldIn(m_db, policyCode);
        return out ? Status() : Status::failure(out.error());
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return out;
}

} // namespace mianshen::review
