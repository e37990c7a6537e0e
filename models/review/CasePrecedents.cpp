#include "review/CasePrecedents.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace mianshen::review {

namespace {

// The statuses of a case someone (or a later run) has decided.
const char *const DecidedStatuses = "('approved', 'paid', 'rejected', 'returned', 'withdrawn')";

// "the award carries flag ?" on both databases (';'-joined ids; no LIKE,
// since '_' in an id would be a wildcard).
QString flagCondition(const store::Database &db, const QString &alias)
{
    const QString haystack = QStringLiteral("';' || ") + alias + QStringLiteral(".flags || ';'");
    if (db.dialect() == store::Dialect::Postgres)
        return QStringLiteral("strpos(") + haystack + QStringLiteral(", ?) > 0");
    return QStringLiteral("instr(") + haystack + QStringLiteral(", ?) > 0");
}

QString failed(const QSqlQuery &query)
{
    return CasePrecedents::tr("The precedents could not be read: %1").arg(query.lastError().text());
}

domain::Result<CasePrecedent> readOne(store::Database &db, const CaseFile &file, const CaseFlag &flag)
{
    using R = domain::Result<CasePrecedent>;
    CasePrecedent p;
    p.flag = flag;
    QString where = QStringLiteral(" WHERE a.policy_code = ? AND a.id <> ?");
    QVariantList values{file.policyCode, file.awardId};
    if (!flag.id.isEmpty()) {
        where += QStringLiteral(" AND ") + flagCondition(db, QStringLiteral("a"));
        values << QString(u';' + flag.id + u';');
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT a.status, COUNT(*) FROM awards a") + where
                       + QStringLiteral(" AND a.status IN ") + QLatin1String(DecidedStatuses)
                       + QStringLiteral(" GROUP BY a.status ORDER BY COUNT(*) DESC, a.status")))
        return R::failure(failed(query));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return R::failure(failed(query));
    while (query.next())
        p.counts << qMakePair(query.value(0).toString(), query.value(1).toLongLong());

    // Undone decisions are no precedent.
    const QString undone = db.connection().record(QStringLiteral("reviews")).contains(QStringLiteral("undone"))
                               ? QStringLiteral(" AND r.undone = 0")
                               : QString();
    QSqlQuery recent(db.connection());
    recent.setForwardOnly(true);
    if (!recent.prepare(QStringLiteral("SELECT a.id, a.period, a.status, a.amount_fen, r.reviewer, r.action, "
                                       "COALESCE(r.reason, ''), r.decided_at FROM reviews r "
                                       "JOIN awards a ON a.id = r.award_id")
                        + where + QStringLiteral(" AND a.status IN ") + QLatin1String(DecidedStatuses) + undone
                        + QStringLiteral(" AND COALESCE(r.reason, '') <> '' ORDER BY r.decided_at DESC, r.id DESC LIMIT ")
                        + QString::number(CasePrecedents::RecentLimit)))
        return R::failure(failed(recent));
    for (const QVariant &v : values)
        recent.addBindValue(v);
    if (!recent.exec())
        return R::failure(failed(recent));
    while (recent.next()) {
        p.recent << CasePrecedent::Example{recent.value(0).toLongLong(), recent.value(1).toString(),
                                           recent.value(2).toString(),   recent.value(3).toLongLong(),
                                           recent.value(4).toString(),   recent.value(5).toString(),
                                           recent.value(6).toString(),   recent.value(7).toString()};
    }
    return p;
}

} // namespace

domain::Result<QList<CasePrecedent>> CasePrecedents::read(store::Database &db, const CaseFile &file)
{
    using R = domain::Result<QList<CasePrecedent>>;
    QList<CaseFlag> flags = file.flags;
    if (flags.isEmpty())
        flags << CaseFlag{};
    QList<CasePrecedent> all;
    for (const CaseFlag &flag : flags) {
        auto p = readOne(db, file, flag);
        if (!p)
            return R::failure(p.error());
        all << p.value();
    }
    return all;
}

} // namespace mianshen::review
