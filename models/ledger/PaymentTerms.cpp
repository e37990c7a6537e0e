#include "ledger/PaymentTerms.h"

#include "domain/Money.h"
#include "ledger/LedgerSql.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace mianshen::ledger {

PaymentTerms PaymentTerms::fromSource(const QString &code, const QString &source)
{
    // The source was loaded and checked by rules::PolicyLoader when it was
    // published; here only the budget and the payment block are read.
    PaymentTerms t;
    t.policyCode = code;
    const QJsonObject root = QJsonDocument::fromJson(source.toUtf8()).object();
    t.subjectKind = root.value(QLatin1String("subject")).toString(QStringLiteral("person"));
    t.monthly = root.value(QLatin1String("schedule")).toObject().value(QLatin1String("kind")).toString()
                == QLatin1String("monthly");
    if (const auto b = domain::Money::parseYuan(root.value(QLatin1String("budget")).toObject()
                                                    .value(QLatin1String("yuan")).toString()))
        t.budgetFen = b->fen();
    const QJsonObject payment = root.value(QLatin1String("payment")).toObject();
    if (const auto s = domain::Money::parseYuan(payment.value(QLatin1String("second_approval_above_yuan")).toString()))
        t.secondApprovalAboveFen = s->fen();
    if (payment.contains(QLatin1String("expire_after_months")))
        t.expireAfterMonths = payment.value(QLatin1String("expire_after_months")).toInt(defaultExpireAfterMonths);
    for (const QJsonValue &v : payment.value(QLatin1String("duplicate_programs")).toArray())
        t.duplicatePrograms.append(v.toString());
    return t;
}

domain::Result<QHash<QString, PaymentTerms>> PaymentTerms::loadAll(store::Database &db)
{
    using R = domain::Result<QHash<QString, PaymentTerms>>;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.policy_code, p.source, p.subject_kind, p.schedule FROM published_policies p "
                               "WHERE p.version = (SELECT MAX(v.version) FROM published_policies v "
                               "WHERE v.policy_code = p.policy_code)")))
        return R::failure(detail::sqlFailure(q, QT_TRANSLATE_NOOP("mianshen::ledger::Sql", "read the policies")));
    QHash<QString, PaymentTerms> out;
    while (q.next()) {
        PaymentTerms t = fromSource(q.value(0).toString(), q.value(1).toString());
        t.subjectKind = q.value(2).toString();
        t.monthly = q.value(3).toString() == QLatin1String("monthly");
        out.insert(t.policyCode, t);
    }
    return out;
}

} // namespace mianshen::ledger
