#include "stats/ReportSentence.h"

#include "stats/DisbursementStore.h"
#include "stats/PolicyDirectory.h"
#include "stats/SubjectCounter.h"
#include "stats/YuanText.h"
#include "store/Database.h"

#include <QDate>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace mianshen::stats {

namespace {

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(static_cast<qlonglong>(n));
}

QString plural(qint64 n, const QString &one, const QString &many)
{
    return count(n) + u' ' + (n == 1 ? one : many);
}

// Patents of a paid enterprise granted in its award's month (of the policy's
// kind when the policy filters on one), counted once per patent.
domain::Result<qint64> patentsCovered(store::Database &db, const PolicyFacts &policy, domain::Month asOf)
{
    QString sql = QStringLiteral(
        "SELECT count(DISTINCT pt.patent_no) FROM payments p "
        "JOIN patents pt ON pt.patentee_credit_code = p.subject_id AND substr(pt.grant_date, 1, 7) = p.award_period "
        "WHERE p.status = 'paid' AND p.policy_code = ? AND p.period <= ?");
    QVariantList values{policy.code, asOf.toString()};
    if (!policy.patentKind.isEmpty()) {
        sql += QStringLiteral(" AND pt.kind = ?");
        values << policy.patentKind;
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec() || !query.next())
        return domain::Result<qint64>::failure(
            QStringLiteral("Could not count the patents of %1: %2").arg(policy.code, query.lastError().text()));
    return query.value(0).toLongLong();
}

} // namespace

rules::Text ReportSentence::build(const ReportFigures &f)
{
    const domain::Month m = f.asOf;
    const QString zhHead = QStringLiteral("截至%1年%2月，").arg(m.year()).arg(m.month());
    const QString enHead = QStringLiteral("By the end of %1 %2, ")
                               .arg(QLocale(QLocale::English).monthName(m.month()))
                               .arg(m.year());
    QStringList zh;
    QStringList en;
    if (f.enterprises > 0) {
        QString z = QStringLiteral("累计为%1家企业兑现%2%3元")
                        .arg(count(f.enterprises), f.enterpriseLabel.zh, YuanText::grouped(f.enterpriseNetFen));
        QString e = QStringLiteral("%1 yuan of %2 had been paid to %3")
                        .arg(YuanText::grouped(f.enterpriseNetFen), f.enterpriseLabel.en,
                             plural(f.enterprises, QStringLiteral("enterprise"), QStringLiteral("enterprises")));
        if (f.patents > 0) {
            z += QStringLiteral("，涉及专利%1件").arg(count(f.patents));
            e += QStringLiteral(", covering %1").arg(plural(f.patents, QStringLiteral("patent"), QStringLiteral("patents")));
        }
        zh << z;
        en << e;
    }
    if (f.persons > 0) {
        zh << QStringLiteral("%1为%2名人才发放%3%4笔，共%5元")
                  .arg(zh.isEmpty() ? QStringLiteral("累计") : QString(), count(f.persons), f.personLabel.zh,
                       count(f.personPayments), YuanText::grouped(f.personNetFen));
        en << QStringLiteral("%1 of %2 totalling %3 yuan had been made to %4")
                  .arg(plural(f.personPayments, QStringLiteral("payment"), QStringLiteral("payments")), f.personLabel.en,
                       YuanText::grouped(f.personNetFen),
                       plural(f.persons, QStringLiteral("person"), QStringLiteral("persons")));
    }
    if (zh.isEmpty())
        return {zhHead + QStringLiteral("尚未兑现任何资金。"), enHead + QStringLiteral("nothing had been paid yet.")};
    return {zhHead + zh.join(QStringLiteral("；")) + QStringLiteral("。"), enHead + en.join(QStringLiteral("; ")) + u'.'};
}

domain::Result<ReportFigures> ReportSentence::figures(store::Database &db, domain::Month asOf)
{
    using R = domain::Result<ReportFigures>;
    const auto facts = PolicyDirectory::load(db);
    if (!facts)
        return R::failure(facts.error());
    DisbursementStore store(db);
    StatsFilter all{domain::Month::fromYearMonth(1, 1), asOf, {}};
    const auto rows = store.policyMonths(all);
    if (!rows)
        return R::failure(rows.error());
    ReportFigures f;
    f.asOf = asOf;
    QSet<QString> enterpriseCodes;
    QSet<QString> personCodes;
    for (const PolicyMonthTotal &t : rows.value()) {
        if (t.subjectKind == QLatin1String("enterprise")) {
            enterpriseCodes.insert(t.policyCode);
            f.enterpriseNetFen += t.netFen();
            f.enterprisePayments += t.payments;
        } else {
            personCodes.insert(t.policyCode);
            f.personNetFen += t.netFen();
            f.personPayments += t.payments;
        }
    }
    bool allPatent = !enterpriseCodes.isEmpty();
    for (const QString &code : std::as_const(enterpriseCodes)) {
        const PolicyFacts policy = PolicyDirectory::find(facts.value(), code);
        allPatent = allPatent && policy.patent;
        if (!policy.patent)
            continue;
        const auto patents = patentsCovered(db, policy, asOf);
        if (!patents)
            return R::failure(patents.error());
        f.patents += patents.value();
    }
    f.enterpriseLabel = allPatent ? rules::Text{QStringLiteral("专利资助"), QStringLiteral("patent awards")}
        : enterpriseCodes.size() == 1 ? PolicyDirectory::find(facts.value(), *enterpriseCodes.cbegin()).title
                                      : rules::Text{QStringLiteral("企业扶持资金"), QStringLiteral("enterprise subsidies")};
    f.personLabel = personCodes.size() == 1 ? PolicyDirectory::find(facts.value(), *personCodes.cbegin()).title
                                            : rules::Text{QStringLiteral("人才补贴"), QStringLiteral("talent subsidies")};
    const auto perKind = SubjectCounter(db).count(all, SubjectCounter::By::Kind);
    if (!perKind)
        return R::failure(perKind.error());
    f.enterprises = perKind.value().value(QStringLiteral("enterprise"));
    f.persons = perKind.value().value(QStringLiteral("person"));
    return f;
}

} // namespace mianshen::stats
