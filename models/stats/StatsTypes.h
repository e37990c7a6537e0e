#pragma once

#include "domain/Month.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mianshen::stats {

// Disbursement of one policy in one month (a row of stats_policy_month, or
// the same figures recounted from the ledger). Money in fen.
struct PolicyMonthTotal final
{
    QString policyCode;
    QString period;            // 'YYYY-MM': the month the payments were paid in (their batch's month)
    QString subjectKind;       // 'person' | 'enterprise'
    qint64 paidFen = 0;        // payments with status 'paid'
    qint64 payments = 0;
    qint64 subjects = 0;       // distinct subjects with a paid payment
    qint64 recoveredFen = 0;   // settled recoveries of this month's payments
    qint64 recoveries = 0;

    qint64 netFen() const { return paidFen - recoveredFen; }
    friend bool operator==(const PolicyMonthTotal &, const PolicyMonthTotal &) = default;
};

// What the figures cover: months from..to (inclusive) and a set of policy
// codes (empty = every policy).
struct StatsFilter final
{
    domain::Month from;
    domain::Month to;
    QStringList policies;
};

// One paid payment, as shown behind a bar of the charts.
struct PaidPayment final
{
    qint64 id = 0;
    qint64 awardId = 0;
    qint64 batchId = 0;
    QString policyCode;
    QString subjectId;
    QString subjectKind;
    QString subjectName;       // from persons / enterprises; empty when unknown
    QString period;
    QString awardPeriod;
    qint64 amountFen = 0;
    qint64 recoveredFen = 0;   // settled recoveries of this payment
    QString status;
    QString paidAt;
};

} // namespace mianshen::stats
