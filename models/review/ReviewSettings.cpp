#include "review/ReviewSettings.h"

#include "domain/Money.h"
#include "review/ReviewSql.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace mianshen::review {

ReviewSettings ReviewSettings::fromPolicyJson(const QJsonObject &policy)
{
    ReviewSettings s;
    const QJsonObject review = policy.value(QLatin1String("review")).toObject();
    const QJsonObject four = review.value(QLatin1String("four_eyes")).toObject();
    if (const auto above = domain::Money::parseYuan(four.value(QLatin1String("above_yuan")).toString()))
        s.fourEyesAboveFen = above->fen();
    for (const QJsonValue &f : four.value(QLatin1String("flags")).toArray())
        s.fourEyesFlags << f.toString();
    if (review.contains(QLatin1String("deadline_working_days")))
        s.deadlineWorkingDays = qMax(1, review.value(QLatin1String("deadline_working_days")).toInt(5));
    const QJsonObject budget = policy.value(QLatin1String("budget")).toObject();
    if (const auto yuan = domain::Money::parseYuan(budget.value(QLatin1String("yuan")).toString()))
        s.budgetFen = yuan->fen();
    return s;
}

domain::Result<ReviewSettings> ReviewSettings::load(store::Database &db, const QString &policyCode, int version)
{
    using R = domain::Result<ReviewSettings>;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT source, published_by FROM published_policies WHERE policy_code = ? AND version = ?"));
    q.addBindValue(policyCode);
    q.addBindValue(version);
    if (!q.exec())
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::review::Sql", "read the published policy")));
    if (!q.next()) {
        // An award of a policy that was never published here (e.g. made by
        // hand): the defaults, with nobody as publisher.
        return ReviewSettings{};
    }
    ReviewSettings s = fromPolicyJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    s.publishedBy = q.value(1).toString();
    return s;
}

} // namespace mianshen::review
