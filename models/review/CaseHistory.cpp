#include "review/CaseHistory.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace mianshen::review {

namespace {

domain::Status select(store::Database &db, const QString &sql, const QVariantList &values,
                      const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return domain::Status::failure(CaseHistory::tr("The subject's history could not be read: %1").arg(query.lastError().text()));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return domain::Status::failure(CaseHistory::tr("The subject's history could not be read: %1").arg(query.lastError().text()));
    while (query.next())
        row(query);
    return {};
}

} // namespace

domain::Status CaseHistory::read(store::Database &db, CaseFile &file)
{
    const QString limit = QStringLiteral(" LIMIT ") + QString::number(RowLimit);
    const QStringList tables = db.connection().tables();
    auto s = select(db,
                    QStringLiteral("SELECT id, policy_code, period, amount_fen, status, created_at FROM awards "
                                   "WHERE subject_id = ? AND id <> ? ORDER BY created_at DESC, id DESC")
                        + limit,
                    {file.subjectId, file.awardId}, [&](const QSqlQuery &q) {
                        file.earlierAwards << CaseAwardLine{q.value(0).toLongLong(), q.value(1).toString(),
                                                            q.value(2).toString(), q.value(3).toLongLong(),
                                                            q.value(4).toString(), q.value(5).toString()};
                    });
    if (!s)
        return s;
    s = select(db,
               QStringLiteral("SELECT r.award_id, a.policy_code, a.period, r.reviewer, r.action, "
                              "COALESCE(r.reason, ''), r.decided_at FROM reviews r JOIN awards a ON a.id = r.award_id "
                              "WHERE a.subject_id = ? ORDER BY r.decided_at DESC, r.id DESC")
                   + limit,
               {file.subjectId}, [&](const QSqlQuery &q) {
                   file.reviews << CaseReviewLine{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                                  q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                                  q.value(6).toString()};
               });
    if (!s)
        return s;
    if (tables.contains(QStringLiteral("review_comments"))) {
        s = select(db,
                   QStringLiteral("SELECT c.award_id, a.policy_code, a.period, c.author, c.body, c.at FROM review_comments c "
                                  "JOIN awards a ON a.id = c.award_id WHERE a.subject_id = ? ORDER BY c.at DESC, c.id DESC")
                       + limit,
                   {file.subjectId}, [&](const QSqlQuery &q) {
                       file.reviews << CaseReviewLine{q.value(0).toLongLong(), q.value(1).toString(),
                                                      q.value(2).toString(), q.value(3).toString(),
                                                      QStringLiteral("comment"), q.value(4).toString(),
                                                      q.value(5).toString()};
                   });
        if (!s)
            return s;
        std::stable_sort(file.reviews.begin(), file.reviews.end(),
                         [](const CaseReviewLine &a, const CaseReviewLine &b) { return a.decidedAt > b.decidedAt; });
    }
    s = select(db,
               QStringLiteral("SELECT p.award_id, a.policy_code, a.period, p.amount_fen, p.status, "
                              "COALESCE(p.paid_at, p.created_at) FROM payments p JOIN awards a ON a.id = p.award_id "
                              "WHERE a.subject_id = ? ORDER BY p.created_at DESC, p.id DESC")
                   + limit,
               {file.subjectId}, [&](const QSqlQuery &q) {
                   file.payments << CasePaymentLine{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                                    q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()};
               });
    if (!s || !tables.contains(QStringLiteral("payment_history")))
        return s;
    return select(db,
                  QStringLiteral("SELECT policy_code, period, amount_fen, paid_date FROM payment_history "
                                 "WHERE subject_id = ? ORDER BY paid_date DESC, policy_code")
                      + limit,
                  {file.subjectId}, [&](const QSqlQuery &q) {
                      file.payments << CasePaymentLine{0, q.value(0).toString(), q.value(1).toString(),
                                                       q.value(2).toLongLong(), QStringLiteral("paid"),
                                                       q.value(3).toString()};
                  });
}

} // namespace mianshen::review
