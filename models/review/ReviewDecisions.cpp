#include "review/ReviewDecisions.h"

#include "review/ReviewSettings.h"

#include "review/AwardStore.h"
#include "review/FourEyesRule.h"
#include "review/ReviewSettings.h"
#include "review/ReviewSql.h"
#include "staff/Authorization.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace mianshen::review {

using domain::Result;
using domain::Status;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject stateOf(const Award &a)
{
    return {{QStringLiteral("status"), a.status}, {QStringLiteral("version"), a.version},
            {QStringLiteral("amount_fen"), qint64(a.amountFen)}, {QStringLiteral("first_approved_by"), a.firstApprovedBy}};
}

} // namespace

QString reviewActionName(ReviewAction action)
{
    switch (action) {
    case ReviewAction::Approve: return QStringLiteral("approve");
    case ReviewAction::Reject: return QStringLiteral("reject");
    case ReviewAction::Return: return QStringLiteral("return");
    case ReviewAction::SecondOpinion: return QStringLiteral("second_opinion");
    }
    return {};
}

std::optional<ReviewAction> reviewActionFromName(const QString &name)
{
    for (ReviewAction a : {ReviewAction::Approve, ReviewAction::Reject, ReviewAction::Return, ReviewAction::SecondOpinion})
        if (reviewActionName(a) == name)
            return a;
    return std::nullopt;
}

ReviewDecisions::ReviewDecisions(store::Database &db) : m_db(db) {}

QString ReviewDecisions::actor() const
{
    if (m_actor.isEmpty())
        m_actor = detail::actorOf(m_db);
    return m_actor;
}

QList<RejectReason> ReviewDecisions::rejectReasons(const QString &flag)
{
    Q_UNUSED(flag)
    return {{QStringLiteral("not_eligible"), tr("Does not meet the conditions")},
            {QStringLiteral("data_error"), tr("The data is wrong")},
            {QStringLiteral("duplicate"), tr("Already received this or an excluded benefit")},
            {QStringLiteral("documents_missing"), tr("Evidence is missing or contradicts the data")},
            {QStringLiteral("suspected_fraud"), tr("Suspected fraud: referred for investigation")},
            {QStringLiteral("other"), tr("Other (explain in the text)")}};
}

// Why a decision on `seen` is refused now that the award is at `now`: who changed it first.
static QString staleMessage(store::Database &db, const Award &now, int seen)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT reviewer, decided_at, action FROM reviews WHERE award_id = ? AND version >= ? "
                             "ORDER BY version LIMIT 1"));
    q.addBindValue(now.id);
    q.addBindValue(seen);
    if (q.exec() && q.next())
        return ReviewDecisions::tr("Award %1 was changed by %2 at %3 (%4) after you opened it: it is at version %5, "
                                   "you saw version %6. Nothing was saved; reload the case and decide again.")
            .arg(now.id).arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
            .arg(now.version).arg(seen);
    return ReviewDecisions::tr("Award %1 was changed by %2 at %3 after you opened it: it is at version %4, you saw "
                               "version %5. Nothing was saved; reload the case and decide again.")
        .arg(now.id).arg(now.decidedBy.isEmpty() ? ReviewDecisions::tr("a matching run") : now.decidedBy, now.updatedAt)
        .arg(now.version).arg(seen);
}

static Status validate(const DecisionRequest &r)
{
    switch (r.action) {
    case ReviewAction::Approve:
        return {};
    case ReviewAction::Reject: {
        bool known = false;
        for (const RejectReason &reason : ReviewDecisions::rejectReasons())
            known = known || reason.code == r.reasonCode;
        if (!known)
            return Status::failure(ReviewDecisions::tr("Choose a reason for the rejection (one of: %1).")
                                       .arg(QStringLiteral("not_eligible, data_error, duplicate, documents_missing, suspected_fraud, other")));
        if (r.reasonText.trimmed().isEmpty())
            return Status::failure(ReviewDecisions::tr("Write why the award is rejected: the text is required."));
        return {};
    }
    case ReviewAction::Return:
        if (r.feed.trimmed().isEmpty() || r.field.trimmed().isEmpty() || r.reasonText.trimmed().isEmpty())
            return Status::failure(ReviewDecisions::tr("Name the feed and the field in doubt and say what is wrong."));
        return {};
    case ReviewAction::SecondOpinion:
        if (r.reasonText.trimmed().isEmpty())
            return Status::failure(ReviewDecisions::tr("Say what the second reviewer should look at."));
        return {};
    }
    return {};
}

Result<DecisionResult> ReviewDecisions::decide(const DecisionRequest &request)
{
    using R = Result<DecisionResult>;
    if (Status allowed = staff::authorize(m_db, staff::Action::Review); !allowed) // roles (docs/roles.md)
        return R::failure(allowed.error());
    if (Status v = validate(request); !v)
        return R::failure(v.error());
    const QString me = actor();
    DecisionResult result;
    const Status s = detail::inWriteTransaction(m_db, [&]() -> Status {
        auto current = AwardStore(m_db).award(request.awardId);
        if (!current)
            return Status::failure(current.error());
        const Award &a = current.value();
        if (a.version != request.seenVersion)
            return Status::failure(staleMessage(m_db, a, request.seenVersion));
        if (!a.isOpen())
            return Status::failure(tr("Award %1 is %2: it cannot be decided now.").arg(a.id).arg(awardStatusTitle(a.status)));
        const QString now = detail::nowText();
        if (a.leaseLive(now) && a.claimedBy != me)
            return Status::failure(tr("Award %1 is held by %2 until %3: only they can decide it now.")
                                       .arg(a.id).arg(a.claimedBy, a.leaseUntil));
        QString action = reviewActionName(request.action);
        QString statusAfter = a.status;
        QString sets;
        QVariantList binds;
        switch (request.action) {
        case ReviewAction::Approve: {
            const QString key = a.policyCode + QLatin1Char('/') + QString::number(a.policyVersion);
            if (!m_settings.contains(key)) {
                auto loaded = ReviewSettings::load(m_db, a.policyCode, a.policyVersion);
                if (!loaded)
                    return Status::failure(loaded.error());
                m_settings.insert(key, loaded.value());
            }
            auto verdict = FourEyesRule::judge(m_settings.value(key), a, me);
            if (!verdict)
                return Status::failure(verdict.error());
            if (verdict.value() == FourEyesRule::Verdict::FirstOfTwo) {
                action = QStringLiteral("first_approval");
                sets = QStringLiteral("first_approved_by = ?");
                binds << me;
                result.awaitingSecondApproval = true;
            } else {
                statusAfter = QLatin1String(status::Approved);
                sets = QStringLiteral("status = 'approved', decided_by = ?");
                binds << me;
            }
            break;
        }
        case ReviewAction::Reject:
            statusAfter = QLatin1String(status::Rejected);
            sets = QStringLiteral("status = 'rejected', decided_by = ?");
            binds << me;
            break;
        case ReviewAction::Return:
            statusAfter = QLatin1String(status::Returned);
            sets = QStringLiteral("status = 'returned', decided_by = ?, returned_feed = ?, returned_field = ?, "
                                  "returned_import = (SELECT MAX(id) FROM import_history WHERE feed = ? AND result = 'imported')");
            binds << me << request.feed << request.field << request.feed;
            break;
        case ReviewAction::SecondOpinion:
            sets = QStringLiteral("second_opinion_by = ?");
            binds << me;
            break;
        }
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral("UPDATE awards SET %1, version = version + 1, updated_at = ?, claimed_by = NULL, "
                                 "claimed_at = NULL, lease_until = NULL WHERE id = ? AND version = ? RETURNING %2")
                      .arg(sets, AwardStore::returningList()));
        for (const QVariant &b : binds)
            u.addBindValue(b);
        u.addBindValue(now);
        u.addBindValue(a.id);
        u.addBindValue(a.version);
        if (Status e = detail::exec(u, QT_TRANSLATE_NOOP("mianshen::review::Sql", "save the decision")); !e)
            return e;
        if (!u.next())
            return Status::failure(staleMessage(m_db, a, request.seenVersion));
        result.award = AwardStore::fromQuery(u);
        u.finish();
        QSqlQuery ins(m_db.connection());
        ins.prepare(QStringLiteral(
            "INSERT INTO reviews (award_id, reviewer, action, reason, decided_at, version, reason_code, feed, field, "
            "status_before, status_after, amount_fen, policy_code, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"));
        ins.addBindValue(a.id);
        ins.addBindValue(me);
        ins.addBindValue(action);
        ins.addBindValue(request.reasonText.isEmpty() ? QVariant() : QVariant(request.reasonText));
        ins.addBindValue(now);
        ins.addBindValue(a.version);
        ins.addBindValue(request.reasonCode.isEmpty() ? QVariant() : QVariant(request.reasonCode));
        ins.addBindValue(request.feed.isEmpty() ? QVariant() : QVariant(request.feed));
        ins.addBindValue(request.field.isEmpty() ? QVariant() : QVariant(request.field));
        ins.addBindValue(a.status);
        ins.addBindValue(statusAfter);
        ins.addBindValue(qint64(a.amountFen));
        ins.addBindValue(a.policyCode);
        ins.addBindValue(a.flags.join(QLatin1Char(';')));
        if (!ins.exec() || !ins.next())
            return Status::failure(staleMessage(m_db, a, request.seenVersion) + QLatin1Char('\n')
                                   + detail::sqlFailure(ins, QT_TRANSLATE_NOOP("mianshen::review::Sql", "record the decision")));
        result.reviewId = ins.value(0).toLongLong();
        ins.finish();
        const QString reason = request.reasonCode.isEmpty() ? request.reasonText
                                                            : request.reasonCode + QStringLiteral(": ") + request.reasonText;
        if (Status e = detail::audit(m_db, me, QStringLiteral("review.") + action, QStringLiteral("award"),
                                     QString::number(a.id), json(stateOf(a)), json(stateOf(result.award)), reason);
            !e)
            return e;
        if (request.action == ReviewAction::Reject) {
            // The rejected amount no longer counts against the budget.
            auto released = AwardStore::releaseHeldIn(m_db, a.policyCode);
            if (!released)
                return Status::failure(released.error());
        }
        return {};
    });
    if (!s)
        return R::failure(s.error());
    return result;
}

Result<DecisionResult> ReviewDecisions::undoLast(qint64 awardId, int seenVersion)
{
    using R = Result<DecisionResult>;
    if (Status allowed = staff::authorize(m_db, staff::Action::Review); !allowed) // roles (docs/roles.md)
        return R::failure(allowed.error());
    const QString me = actor();
    DecisionResult result;
    const Status s = detail::inWriteTransaction(m_db, [&]() -> Status {
        auto current = AwardStore(m_db).award(awardId);
        if (!current)
            return Status::failure(current.error());
        const Award &a = current.value();
        if (a.version != seenVersion)
            return Status::failure(staleMessage(m_db, a, seenVersion));
        if (a.status == QLatin1String(status::Paid))
            return Status::failure(tr("Award %1 is paid: its decision can no longer be undone.").arg(awardId));
        QSqlQuery last(m_db.connection());
        last.prepare(QStringLiteral("SELECT id, reviewer, action, status_before, version, undone FROM reviews "
                                    "WHERE award_id = ? ORDER BY version DESC LIMIT 1"));
        last.addBindValue(awardId);
        if (Status e = detail::exec(last, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the decisions")); !e)
            return e;
        if (!last.next() || last.value(2).toString() == QLatin1String("undo") || last.value(5).toInt() != 0)
            return Status::failure(tr("Award %1 has no decision of yours to undo.").arg(awardId));
        const qint64 reviewId = last.value(0).toLongLong();
        const QString who = last.value(1).toString();
        const QString action = last.value(2).toString();
        const QString statusBefore = last.value(3).toString();
        const int decidedOn = last.value(4).toInt();
        last.finish();
        if (who != me)
            return Status::failure(tr("The last decision of award %1 was made by %2: only they can undo it.").arg(awardId).arg(who));
        if (decidedOn + 1 != a.version)
            return Status::failure(tr("Award %1 changed after your decision: it can no longer be undone.").arg(awardId));
        QString sets = QStringLiteral("status = ?, decided_by = NULL");
        if (action == QLatin1String("first_approval"))
            sets += QStringLiteral(", first_approved_by = NULL");
        else if (action == QLatin1String("second_opinion"))
            sets += QStringLiteral(", second_opinion_by = NULL");
        else if (action == QLatin1String("return"))
            sets += QStringLiteral(", returned_feed = NULL, returned_field = NULL, returned_import = NULL");
        const QString now = detail::nowText();
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral("UPDATE awards SET %1, version = version + 1, updated_at = ? WHERE id = ? AND version = ? "
                                 "AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.award_id = awards.id "
                                 "AND p.status NOT IN ('failed', 'expired'))").arg(sets));
        u.addBindValue(statusBefore);
        u.addBindValue(now);
        u.addBindValue(awardId);
        u.addBindValue(a.version);
        if (Status e = detail::exec(u, QT_TRANSLATE_NOOP("mianshen::review::Sql", "undo the decision")); !e)
            return e;
        if (u.numRowsAffected() != 1)
            return Status::failure(tr("Award %1 is in a payment or changed meanwhile: its decision can no longer be undone.").arg(awardId));
        QSqlQuery mark(m_db.connection());
        mark.prepare(QStringLiteral("UPDATE reviews SET undone = 1 WHERE id = ?"));
        mark.addBindValue(reviewId);
        if (Status e = detail::exec(mark, QT_TRANSLATE_NOOP("mianshen::review::Sql", "undo the decision")); !e)
            return e;
        QSqlQuery ins(m_db.connection());
        ins.prepare(QStringLiteral("INSERT INTO reviews (award_id, reviewer, action, reason, decided_at, version, "
                                   "status_before, status_after, amount_fen, policy_code, flags, undoes) "
                                   "VALUES (?, ?, 'undo', NULL, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        ins.addBindValue(awardId);
        ins.addBindValue(me);
        ins.addBindValue(now);
        ins.addBindValue(a.version);
        ins.addBindValue(a.status);
        ins.addBindValue(statusBefore);
        ins.addBindValue(qint64(a.amountFen));
        ins.addBindValue(a.policyCode);
        ins.addBindValue(a.flags.join(QLatin1Char(';')));
        ins.addBindValue(reviewId);
        if (!ins.exec() || !ins.next())
            return Status::failure(detail::sqlFailure(ins, QT_TRANSLATE_NOOP("mianshen::review::Sql", "record the undo")));
        result.reviewId = ins.value(0).toLongLong();
        ins.finish();
        auto after = AwardStore(m_db).award(awardId);
        if (!after)
            return Status::failure(after.error());
        result.award = after.value();
        return detail::audit(m_db, me, QStringLiteral("review.undo"), QStringLiteral("award"), QString::number(awardId),
                             json(stateOf(a)), json(stateOf(result.award)), tr("undid %1").arg(action));
    });
    if (!s)
        return R::failure(s.error());
    return result;
}

Result<ReviewComment> ReviewDecisions::comment(qint64 awardId, const QString &text)
{
    using R = Result<ReviewComment>;
    if (Status allowed = staff::authorize(m_db, staff::Action::Review); !allowed) // roles (docs/roles.md)
        return R::failure(allowed.error());
    if (text.trimmed().isEmpty())
        return R::failure(tr("The comment is empty."));
    ReviewComment c;
    c.awardId = awardId;
    c.author = actor();
    c.text = text;
    c.at = detail::nowText();
    const Status s = detail::inWriteTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO review_comments (award_id, author, body, at) VALUES (?, ?, ?, ?) RETURNING id"));
        q.addBindValue(awardId);
        q.addBindValue(c.author);
        q.addBindValue(text);
        q.addBindValue(c.at);
        if (!q.exec() || !q.next())
            return Status::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "save the comment")));
        c.id = q.value(0).toLongLong();
        q.finish();
        return detail::audit(m_db, c.author, QStringLiteral("review.comment"), QStringLiteral("award"),
                             QString::number(awardId), {}, json({{QStringLiteral("comment"), text}}), {});
    });
    if (!s)
        return R::failure(s.error());
    return c;
}

Result<QList<ReviewRecord>> ReviewDecisions::reviews(qint64 awardId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, award_id, reviewer, action, reason_code, reason, feed, field, version, "
                             "status_before, status_after, amount_fen, undoes, undone, decided_at FROM reviews "
                             "WHERE award_id = ? ORDER BY version"));
    q.addBindValue(awardId);
    if (!q.exec())
        return Result<QList<ReviewRecord>>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the decisions")));
    QList<ReviewRecord> out;
    while (q.next())
        out << recordFromQuery(q);
    return out;
}

ReviewRecord ReviewDecisions::recordFromQuery(const QSqlQuery &q)
{
    ReviewRecord r;
    r.id = q.value(0).toLongLong();
    r.awardId = q.value(1).toLongLong();
    r.reviewer = q.value(2).toString();
    r.action = q.value(3).toString();
    r.reasonCode = q.value(4).toString();
    r.reason = q.value(5).toString();
    r.feed = q.value(6).toString();
    r.field = q.value(7).toString();
    r.awardVersion = q.value(8).toInt();
    r.statusBefore = q.value(9).toString();
    r.statusAfter = q.value(10).toString();
    r.amountFen = q.value(11).toLongLong();
    r.undoes = q.value(12).toLongLong();
    r.undone = q.value(13).toInt() != 0;
    r.decidedAt = q.value(14).toString();
    return r;
}

Result<QList<ReviewComment>> ReviewDecisions::comments(qint64 awardId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, award_id, author, body, at FROM review_comments WHERE award_id = ? ORDER BY id"));
    q.addBindValue(awardId);
    if (!q.exec())
        return Result<QList<ReviewComment>>::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the comments")));
    QList<ReviewComment> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}

} // namespace mianshen::review
