#pragma once

#include "domain/Month.h"
#include "domain/Result.h"
#include "rules/Text.h"

#include <QStringList>

namespace mianshen::store {
class Database;
}

namespace mianshen::stats {

// The figures of the summary sentence the bureau writes in its reports,
// cumulative up to the end of a month.
struct ReportFigures final
{
    domain::Month asOf;
    // Enterprise policies.
    qint64 enterprises = 0;        // distinct enterprises with a paid payment
    qint64 enterpriseNetFen = 0;   // paid minus settled recoveries
    qint64 enterprisePayments = 0;
    qint64 patents = 0;            // patents covered by paid patent awards (docs/statistics.md)
    rules::Text enterpriseLabel;   // "专利资助" when every paid enterprise policy is a patent policy
    // Person policies.
    qint64 persons = 0;
    qint64 personNetFen = 0;
    qint64 personPayments = 0;
    rules::Text personLabel;       // the policy's title when one, else "人才补贴"
};

// "截至2021年9月，累计为153家企业兑现专利资助2,402,133元，涉及专利1,527件；
//  为1,199名人才发放生活补贴3,273笔，共2,002,500元。" and its English.
// The text is data in both languages (not the interface's language).
class ReportSentence final
{
public:
    static rules::Text build(const ReportFigures &figures);
    // Reads the figures up to the end of asOf (all policies).
    static domain::Result<ReportFigures> figures(store::Database &db, domain::Month asOf);
};

} // namespace mianshen::stats
