#include "stats/FiguresTable.h"

#include <QDate>

namespace mianshen::stats {

namespace {

using Kind = ExportTable::Kind;

void appendFigures(ExportTable &table)
{
    table.header << FiguresTable::tr("Paid (yuan)") << FiguresTable::tr("Recovered (yuan)") << FiguresTable::tr("Net (yuan)")
                 << FiguresTable::tr("Payments") << FiguresTable::tr("Subjects paid");
    table.kinds << Kind::Money << Kind::Money << Kind::Money << Kind::Count << Kind::Count;
}

// Groups span months (and policies): their subject-months, and the distinct
// subjects where they were counted (empty otherwise).
void appendGroupFigures(ExportTable &table)
{
    table.header << FiguresTable::tr("Paid (yuan)") << FiguresTable::tr("Recovered (yuan)") << FiguresTable::tr("Net (yuan)")
                 << FiguresTable::tr("Payments") << FiguresTable::tr("Subject-months paid") << FiguresTable::tr("Distinct subjects");
    table.kinds << Kind::Money << Kind::Money << Kind::Money << Kind::Count << Kind::Count << Kind::Count;
}

} // namespace

std::optional<FiguresTable::By> FiguresTable::parseBy(const QString &text)
{
    if (text == QLatin1String("month"))
        return By::Month;
    if (text == QLatin1String("policy"))
        return By::Policy;
    if (text == QLatin1String("department"))
        return By::Department;
    if (text == QLatin1String("kind"))
        return By::Kind;
    if (text == QLatin1String("policy-month"))
        return By::PolicyMonth;
    return std::nullopt;
}

ExportTable FiguresTable::build(const DisbursementFigures &figures, By by, bool chinese)
{
    const rules::Language language = chinese ? rules::Language::Zh : rules::Language::En;
    ExportTable table;
    table.title = tr("Disbursements %1 to %2").arg(figures.from().toString(), figures.to().toString());
    if (by == By::PolicyMonth) {
        table.header << tr("Month") << tr("Policy") << tr("Title");
        table.kinds << Kind::Text << Kind::Text << Kind::Text;
        appendFigures(table);
        for (const PolicyMonthTotal &t : figures.rows())
            table.rows << QVariantList{t.period, t.policyCode, figures.policy(t.policyCode).title.in(language),
                                       t.paidFen, t.recoveredFen, t.netFen(), t.payments, t.subjects};
        return table;
    }
    QList<DisbursementFigures::Group> groups;
    switch (by) {
    case By::Month:
        table.header << tr("Month");
        groups = figures.byMonth();
        break;
    case By::Policy:
        table.header << tr("Policy");
        groups = figures.byPolicy();
        break;
    case By::Department:
        table.header << tr("Department");
        groups = figures.byDepartment();
        break;
    case By::Kind:
    case By::PolicyMonth:
        table.header << tr("Subject kind");
        groups = figures.byKind();
        break;
    }
    table.header << tr("Name");
    table.kinds << Kind::Text << Kind::Text;
    appendGroupFigures(table);
    groups << figures.total();
    for (const auto &g : groups)
        table.rows << QVariantList{g.key, g.label.in(language), g.paidFen, g.recoveredFen, g.netFen(), g.payments, g.subjects,
                                   g.distinctSubjects < 0 ? QVariant() : QVariant(g.distinctSubjects)};
    return table;
}

ExportTable FiguresTable::budget(const DisbursementFigures &figures, bool chinese)
{
    const rules::Language language = chinese ? rules::Language::Zh : rules::Language::En;
    ExportTable table;
    table.title = tr("Budget burn to %1").arg(figures.to().toString());
    table.header << tr("Policy") << tr("Title") << tr("Budget (yuan)") << tr("Spent (yuan)") << tr("Remaining (yuan)")
                 << tr("Monthly rate (yuan)") << tr("Runs out");
    table.kinds << Kind::Text << Kind::Text << Kind::Money << Kind::Money << Kind::Money << Kind::Money << Kind::Text;
    for (const auto &b : figures.budgetBurn())
        table.rows << QVariantList{b.policyCode, figures.policy(b.policyCode).title.in(language), b.budgetFen, b.spentFen,
                                   b.remainingFen, b.monthlyRateFen,
                                   b.runsOut ? b.runsOut->toString() : tr("not at this rate")};
    return table;
}

} // namespace mianshen::stats
