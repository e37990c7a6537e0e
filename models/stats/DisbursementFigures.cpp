#include "stats/DisbursementFigures.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>
#include <utility>

namespace mianshen::stats {

namespace {

void add(DisbursementFigures::Group &g, const PolicyMonthTotal &t)
{
    g.paidFen += t.paidFen;
    g.recoveredFen += t.recoveredFen;
    g.payments += t.payments;
    g.subjects += t.subjects;
}

rules::Text kindLabel(const QString &kind)
{
    if (kind == QLatin1String("enterprise"))
        return {QStringLiteral("企业"), QStringLiteral("Enterprises")};
    return {QStringLiteral("个人"), QStringLiteral("Persons")};
}

} // namespace

DisbursementFigures::DisbursementFigures(domain::Month from, domain::Month to, QList<PolicyMonthTotal> rows,
                                         QList<PolicyMonthTotal> before, QList<PolicyFacts> facts)
    : m_from(from)
    , m_to(to)
    , m_rows(std::move(rows))
    , m_before(std::move(before))
    , m_facts(std::move(facts))
{
}

QList<domain::Month> DisbursementFigures::months() const
{
    QList<domain::Month> result;
    for (domain::Month m = m_from; m <= m_to; m = m.addMonths(1))
        result << m;
    return result;
}

QStringList DisbursementFigures::policies() const
{
    QSet<QString> codes;
    for (const PolicyMonthTotal &t : m_rows)
        codes.insert(t.policyCode);
    for (const PolicyMonthTotal &t : m_before)
        codes.insert(t.policyCode);
    QStringList sorted(codes.cbegin(), codes.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

PolicyFacts DisbursementFigures::policy(const QString &code) const
{
    PolicyFacts f = PolicyDirectory::find(m_facts, code);
    if (f.subjectKind.isEmpty()) {
        for (const PolicyMonthTotal &t : m_rows)
            if (t.policyCode == code) {
                f.subjectKind = t.subjectKind;
                break;
            }
    }
    return f;
}

PolicyMonthTotal DisbursementFigures::cell(const QString &code, domain::Month month) const
{
    const QString period = month.toString();
    for (const PolicyMonthTotal &t : m_rows)
        if (t.policyCode == code && t.period == period)
            return t;
    PolicyMonthTotal empty;
    empty.policyCode = code;
    empty.period = period;
    return empty;
}

QList<DisbursementFigures::Group> DisbursementFigures::byMonth() const
{
    QList<Group> groups;
    for (domain::Month m : months()) {
        Group g;
        g.key = m.toString();
        g.label = {QStringLiteral("%1年%2月").arg(m.year()).arg(m.month()), g.key};
        for (const PolicyMonthTotal &t : m_rows)
            if (t.period == g.key)
                add(g, t);
        g.distinctSubjects = m_distinct.perMonth.value(g.key, m_distinct.counted ? 0 : -1);
        groups << g;
    }
    return groups;
}

QList<DisbursementFigures::Group> DisbursementFigures::byPolicy() const
{
    QList<Group> groups;
    for (const QString &code : policies()) {
        Group g;
        g.key = code;
        g.label = policy(code).title;
        for (const PolicyMonthTotal &t : m_rows)
            if (t.policyCode == code)
                add(g, t);
        g.distinctSubjects = m_distinct.perPolicy.value(code, -1);
        groups << g;
    }
    return groups;
}

QList<DisbursementFigures::Group> DisbursementFigures::byDepartment() const
{
    QMap<QString, Group> groups;
    for (const PolicyMonthTotal &t : m_rows) {
        rules::Text department = policy(t.policyCode).department;
        if (department.zh.isEmpty() && department.en.isEmpty())
            department = {QStringLiteral("（未注明部门）"), QStringLiteral("(no department given)")};
        Group &g = groups[department.zh + u'\x1f' + department.en];
        g.key = department.zh.isEmpty() ? department.en : department.zh;
        g.label = department;
        add(g, t);
    }
    return QList<Group>(groups.cbegin(), groups.cend());
}

QList<DisbursementFigures::Group> DisbursementFigures::byKind() const
{
    QList<Group> groups;
    for (const QString &kind : {QStringLiteral("enterprise"), QStringLiteral("person")}) {
        Group g;
        g.key = kind;
        g.label = kindLabel(kind);
        for (const PolicyMonthTotal &t : m_rows)
            if (t.subjectKind == kind)
                add(g, t);
        g.distinctSubjects = m_distinct.perKind.value(kind, m_distinct.counted ? 0 : -1);
        groups << g;
    }
    return groups;
}

DisbursementFigures::Group DisbursementFigures::total() const
{
    Group g;
    g.key = QStringLiteral("total");
    g.label = {QStringLiteral("合计"), QStringLiteral("Total")};
    for (const PolicyMonthTotal &t : m_rows)
        add(g, t);
    g.distinctSubjects = m_distinct.total;
    return g;
}

qint64 DisbursementFigures::netBefore(const QString &code) const
{
    qint64 sum = 0;
    for (const PolicyMonthTotal &t : m_before)
        if (code.isEmpty() || t.policyCode == code)
            sum += t.netFen();
    return sum;
}

QList<qint64> DisbursementFigures::cumulativeNet(const QString &code) const
{
    QList<qint64> result;
    qint64 running = netBefore(code);
    for (domain::Month m : months()) {
        const QString period = m.toString();
        for (const PolicyMonthTotal &t : m_rows)
            if (t.period == period && (code.isEmpty() || t.policyCode == code))
                running += t.netFen();
        result << running;
    }
    return result;
}

QList<DisbursementFigures::BudgetBurn> DisbursementFigures::budgetBurn() const
{
    QList<BudgetBurn> result;
    const QList<domain::Month> range = months();
    for (const QString &code : policies()) {
        const PolicyFacts facts = policy(code);
        if (!facts.budgetFen)
            continue;
        BudgetBurn burn;
        burn.policyCode = code;
        burn.budgetFen = *facts.budgetFen;
        const QList<qint64> cumulative = cumulativeNet(code);
        for (int i = 0; i < cumulative.size(); ++i) {
            burn.remainingByMonth << burn.budgetFen - cumulative.at(i);
            if (!burn.runsOut && cumulative.at(i) >= burn.budgetFen)
                burn.runsOut = range.at(i);
        }
        burn.spentFen = cumulative.isEmpty() ? netBefore(code) : cumulative.last();
        burn.remainingFen = burn.budgetFen - burn.spentFen;
        const int window = int(std::min<qsizetype>(3, range.size()));
        if (window > 0) {
            qint64 recent = 0;
            for (int i = int(range.size()) - window; i < range.size(); ++i)
                recent += cell(code, range.at(i)).netFen();
            burn.monthlyRateFen = recent / window;
        }
        if (!burn.runsOut && burn.monthlyRateFen > 0) {
            // ceil(remaining / rate) months after the range's last month.
            const qint64 monthsLeft = (burn.remainingFen + burn.monthlyRateFen - 1) / burn.monthlyRateFen;
            burn.runsOut = m_to.addMonths(int(std::min<qint64>(monthsLeft, 1200)));
        }
        result << burn;
    }
    return result;
}

} // namespace mianshen::stats
