#include "review/Precedents.h"

#include "review/ReviewSql.h"
#include "store/Database.h"

#include <QSqlQuery>

namespace mianshen::review {

using domain::Result;

Precedents::Precedents(store::Database &db) : m_db(db) {}

Result<PrecedentSummary> Precedents::of(const QString &policyCode, const QString &flag, qint64 excludeAwardId,
                                        int recent) const
{
    using R = Result<PrecedentSummary>;
    // Decisions that stand (not undone, not undo rows themselves).
    QString where = QStringLiteral("r.policy_code = ? AND r.award_id <> ? AND r.undone = 0 AND r.action <> 'undo'");
    QVariantList binds{policyCode, excludeAwardId};
    if (!flag.isEmpty()) {
        where += m_db.dialect() == store::Dialect::Postgres ? QStringLiteral(" AND strpos(';' || r.flags || ';', ?) > 0")
                                                            : QStringLiteral(" AND instr(';' || r.flags || ';', ?) > 0");
        binds << QVariant(QString(QLatin1Char(';') + flag + QLatin1Char(';')));
    }
    PrecedentSummary out;
    QSqlQuery c(m_db.connection());
    c.prepare(QStringLiteral("SELECT r.action, COUNT(*) FROM reviews r WHERE %1 GROUP BY r.action ORDER BY 2 DESC").arg(where));
    for (const QVariant &b : binds)
        c.addBindValue(b);
    if (!c.exec())
        return R::failure(detail::sqlFailure(c, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the precedents")));
    while (c.next())
        out.counts.append({c.value(0).toString(), c.value(1).toLongLong()});
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT r.id, r.award_id, r.reviewer, r.action, r.reason_code, r.reason, r.feed, r.field, "
                             "r.version, r.status_before, r.status_after, r.amount_fen, r.undoes, r.undone, r.decided_at "
                             "FROM reviews r WHERE %1 ORDER BY r.id DESC LIMIT %2").arg(where).arg(qBound(0, recent, 100)));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the precedents")));
    while (q.next())
        out.recent << ReviewDecisions::recordFromQuery(q);
    return out;
}

} // namespace mianshen::review
