#pragma once

#include "stats/PolicyDirectory.h"
#include "stats/StatsTypes.h"

#include <QMap>

#include <optional>
#include <utility>

namespace mianshen::stats {

// The aggregates the Statistics page, the exports and the KPIs show, computed
// from per-policy-month totals alone (no database, no drawing): per month,
// policy, department and subject kind; cumulative; budget burn.
class DisbursementFigures final
{
public:
    // A group of totals (a month, a policy, a department, a subject kind).
    // subjects is summed over policies and months: subject-months.
    // distinctSubjects counts each subject (kind and id) once; -1 where it
    // was not counted (see DistinctSubjects).
    struct Group final
    {
        QString key;
        rules::Text label;
        qint64 paidFen = 0;
        qint64 recoveredFen = 0;
        qint64 payments = 0;
        qint64 subjects = 0;
        qint64 distinctSubjects = -1;
        qint64 netFen() const { return paidFen - recoveredFen; }
    };
    // Distinct subjects paid in the range (SubjectCounter).
    struct DistinctSubjects final
    {
        QMap<QString, qint64> perPolicy;
        bool counted = false;             // the three below were counted
        QMap<QString, qint64> perMonth;   // 'YYYY-MM'
        QMap<QString, qint64> perKind;    // 'person' | 'enterprise'
        qint64 total = -1;
    };
    struct BudgetBurn final
    {
        QString policyCode;
        qint64 budgetFen = 0;
        qint64 spentFen = 0;          // net, up to the end of the range (before it included)
        qint64 remainingFen = 0;      // may be negative (overspent)
        qint64 monthlyRateFen = 0;    // mean net per month over the last (up to) 3 months of the range
        std::optional<domain::Month> runsOut; // the month the budget runs out (reached, or at the rate)
        QList<qint64> remainingByMonth;       // after each month of the range
    };

    DisbursementFigures() = default;
    DisbursementFigures(domain::Month from, domain::Month to, QList<PolicyMonthTotal> rows,
                        QList<PolicyMonthTotal> before, QList<PolicyFacts> facts);

    void setDistinctSubjects(DistinctSubjects distinct) { m_distinct = std::move(distinct); }

    domain::Month from() const { return m_from; }
    domain::Month to() const { return m_to; }
    QList<domain::Month> months() const;
    // Codes with figures in or before the range, sorted.
    QStringList policies() const;
    const QList<PolicyMonthTotal> &rows() const { return m_rows; }
    const QList<PolicyFacts> &facts() const { return m_facts; }
    PolicyFacts policy(const QString &code) const;
    // The totals of one policy in one month (zeros when none).
    PolicyMonthTotal cell(const QString &code, domain::Month month) const;

    QList<Group> byMonth() const;
    QList<Group> byPolicy() const;
    QList<Group> byDepartment() const;
    QList<Group> byKind() const;
    Group total() const;
    // Net disbursed up to the end of each month of the range, counting what
    // was paid before it; one policy, or all (empty code).
    QList<qint64> cumulativeNet(const QString &code = {}) const;
    // Policies with a budget.
    QList<BudgetBurn> budgetBurn() const;

private:
    qint64 netBefore(const QString &code) const;

    domain::Month m_from;
    domain::Month m_to;
    QList<PolicyMonthTotal> m_rows;
    QList<PolicyMonthTotal> m_before;
    QList<PolicyFacts> m_facts;
    DistinctSubjects m_distinct;
};

} // namespace mianshen::stats
