#include "review/ClaimService.h"

#include "review/AwardStore.h"
#include "review/ReviewSql.h"
#include "staff/Authorization.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace mianshen::review {

using domain::Result;
using domain::Status;

namespace {

const char kOpen[] = "a.status IN ('awaiting_review', 'reopened')";

// "held by X until 14:05" for a refusal.
QString heldBy(const Award &a)
{
    const QDateTime until = QDateTime::fromString(a.leaseUntil, Qt::ISODateWithMs).toLocalTime();
    return QCoreApplication::translate("mianshen::review::ClaimService", "held by %1 until %2")
        .arg(a.claimedBy, until.toString(QStringLiteral("HH:mm")));
}

QString claimJson(const QString &reviewer)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("claimed_by"), reviewer}}).toJson(QJsonDocument::Compact));
}

} // namespace

ClaimService::ClaimService(store::Database &db) : m_db(db) {}

QString ClaimService::actor() const
{
    if (m_actor.isEmpty())
        m_actor = detail::actorOf(m_db);
    return m_actor;
}

Result<std::optional<Award>> ClaimService::claimNext(const QString &policyCode)
{
    using R = Result<std::optional<Award>>;
    if (Status allowed = staff::authorize(m_db, staff::Action::Review); !allowed) // roles (docs/roles.md)
        return R::failure(allowed.error());
    const QString me = actor();
    const QString now = detail::nowText();
    const QString until = detail::isoAfterMinutes(LeaseMinutes);
    std::optional<Award> claimed;
    const Status s = detail::inWriteTransaction(m_db, [&]() -> Status {
        // Free: nobody holds it, or the lease ran out. Not for the reviewer who
        // asked for a second opinion, nor for the first approver.
        QString pick = QStringLiteral(
            "SELECT a.id FROM awards a WHERE %1 AND (a.claimed_by IS NULL OR a.lease_until < ?) "
            "AND (a.second_opinion_by IS NULL OR a.second_opinion_by <> ?) "
            "AND (a.first_approved_by IS NULL OR a.first_approved_by <> ?)%2 "
            "ORDER BY a.waiting_since, a.id LIMIT 1")
                           .arg(QLatin1String(kOpen), policyCode.isEmpty() ? QString() : QStringLiteral(" AND a.policy_code = ?"));
        if (m_db.dialect() == store::Dialect::Postgres)
            pick += QStringLiteral(" FOR UPDATE SKIP LOCKED");
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE awards SET claimed_by = ?, claimed_at = ?, lease_until = ? WHERE id = (%1) "
                                 "RETURNING %2").arg(pick, AwardStore::returningList()));
        q.addBindValue(me);
        q.addBindValue(now);
        q.addBindValue(until);
        q.addBindValue(now);
        q.addBindValue(me);
        q.addBindValue(me);
        if (!policyCode.isEmpty())
            q.addBindValue(policyCode);
        if (Status e = detail::exec(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "claim a case")); !e)
            return e;
        if (!q.next())
            return {};   // nothing left
        claimed = AwardStore::fromQuery(q);
        const qint64 id = claimed->id;
        q.finish();
        return detail::audit(m_db, me, QStringLiteral("review.claim"), QStringLiteral("award"), QString::number(id), {},
                             QStringLiteral("{\"lease_until\":\"%1\"}").arg(until), {});
    });
    if (!s)
        return R::failure(s.error());
    return claimed;
}

Result<Award> ClaimService::claim(qint64 awardId)
{
    if (Status allowed = staff::authorize(m_db, staff::Action::Review); !allowed) // roles (docs/roles.md)
        return Result<Award>::failure(allowed.error());
    const QString me = actor();
    Award out;
    const Status s = detail::inWriteTransaction(m_db, [&]() -> Status {
        auto award = AwardStore(m_db).award(awardId);
        if (!award)
            return Status::failure(award.error());
        const QString now = detail::nowText();
        if (!award->isOpen())
            return Status::failure(tr("Award %1 is %2: there is nothing to review.")
                                       .arg(awardId).arg(awardStatusTitle(award->status)));
        if (award->leaseLive(now) && award->claimedBy != me)
            return Status::failure(tr("Award %1 is %2.").arg(awardId).arg(heldBy(award.value())));
        const QString until = detail::isoAfterMinutes(LeaseMinutes);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE awards SET claimed_by = ?, claimed_at = ?, lease_until = ? WHERE id = ?"));
        q.addBindValue(me);
        q.addBindValue(now);
        q.addBindValue(until);
        q.addBindValue(awardId);
        if (Status e = detail::exec(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "claim a case")); !e)
            return e;
        out = award.value();
        out.claimedBy = me;
        out.claimedAt = now;
        out.leaseUntil = until;
        return detail::audit(m_db, me, QStringLiteral("review.claim"), QStringLiteral("award"), QString::number(awardId),
                             {}, QStringLiteral("{\"lease_until\":\"%1\"}").arg(until), {});
    });
    if (!s)
        return Result<Award>::failure(s.error());
    return out;
}

Result<Award> ClaimService::renew(qint64 awardId)
{
    const QString me = actor();
    const QString until = detail::isoAfterMinutes(LeaseMinutes);
    Status s = detail::inWriteTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE awards SET lease_until = ? WHERE id = ? AND claimed_by = ? AND status IN "
                                 "('awaiting_review', 'reopened')"));
        q.addBindValue(until);
        q.addBindValue(awardId);
        q.addBindValue(me);
        if (Status e = detail::exec(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "renew the claim")); !e)
            return e;
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("You no longer hold award %1: claim it again.").arg(awardId));
        return {};
    });
    if (!s)
        return Result<Award>::failure(s.error());
    return AwardStore(m_db).award(awardId);
}

Status ClaimService::release(qint64 awardId)
{
    const QString me = actor();
    return detail::inWriteTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE awards SET claimed_by = NULL, claimed_at = NULL, lease_until = NULL "
                                 "WHERE id = ? AND claimed_by = ?"));
        q.addBindValue(awardId);
        q.addBindValue(me);
        if (Status e = detail::exec(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "release the claim")); !e)
            return e;
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("You do not hold award %1.").arg(awardId));
        return detail::audit(m_db, me, QStringLiteral("review.release"), QStringLiteral("award"), QString::number(awardId),
                             {}, {}, {});
    });
}

Result<int> ClaimService::releaseAllOf(const QString &reviewer)
{
    const QString me = actor();
    int n = 0;
    const Status s = detail::inWriteTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE awards SET claimed_by = NULL, claimed_at = NULL, lease_until = NULL "
                                 "WHERE claimed_by = ? RETURNING id"));
        q.addBindValue(reviewer);
        if (Status e = detail::exec(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "release the claims")); !e)
            return e;
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        n = int(ids.size());
        if (n == 0)
            return {};
        return detail::audit(m_db, me, QStringLiteral("review.release_all"), QStringLiteral("reviewer"), reviewer,
                             QStringLiteral("{\"awards\":[%1]}").arg(ids.join(QLatin1Char(','))), {},
                             tr("released the cases of %1").arg(reviewer));
    });
    if (!s)
        return Result<int>::failure(s.error());
    return n;
}

Status ClaimService::reassign(qint64 awardId, const QString &toReviewer)
{
    const QString me = actor();
    if (toReviewer.trimmed().isEmpty())
        return Status::failure(tr("Name the reviewer who takes award %1 over.").arg(awardId));
    return detail::inWriteTransaction(m_db, [&]() -> Status {
        auto award = AwardStore(m_db).award(awardId);
        if (!award)
            return Status::failure(award.error());
        if (!award->isOpen())
            return Status::failure(tr("Award %1 is %2: there is nothing to review.")
                                       .arg(awardId).arg(awardStatusTitle(award->status)));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE awards SET claimed_by = ?, claimed_at = ?, lease_until = ? WHERE id = ?"));
        q.addBindValue(toReviewer);
        q.addBindValue(detail::nowText());
        q.addBindValue(detail::isoAfterMinutes(LeaseMinutes));
        q.addBindValue(awardId);
        if (Status e = detail::exec(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "reassign the case")); !e)
            return e;
        return detail::audit(m_db, me, QStringLiteral("review.reassign"), QStringLiteral("award"), QString::number(awardId),
                             claimJson(award->claimedBy), claimJson(toReviewer), {});
    });
}

} // namespace mianshen::review
