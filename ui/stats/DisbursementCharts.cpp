#include "ui/stats/DisbursementCharts.h"

#include "stats/YuanText.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace mianshen::ui {

namespace {

QStringList monthLabels(const stats::DisbursementFigures &figures, rules::Language language)
{
    QStringList labels;
    for (const domain::Month m : figures.months())
        labels << (language == rules::Language::Zh ? QStringLiteral("%1年%2月").arg(m.year()).arg(m.month()) : m.toString());
    return labels;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Readable in print: black text on white.
    chart->setTheme(QChart::ChartThemeLight);
    return chart;
}

QValueAxis *valueAxis(const QString &title, double max)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, max > 0 ? max * 1.05 : 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QString DisbursementCharts::title(Kind kind)
{
    switch (kind) {
    case Kind::MonthlyByPolicy: return tr("Disbursed per month, by policy");
    case Kind::Cumulative: return tr("Disbursed in total (cumulative)");
    case Kind::BudgetBurn: return tr("Budget left per policy");
    case Kind::SubjectsPerMonth: return tr("Subjects paid per month");
    }
    return {};
}

QChart *DisbursementCharts::build(Kind kind, const stats::DisbursementFigures &figures, rules::Language language)
{
    switch (kind) {
    case Kind::MonthlyByPolicy: return monthlyByPolicy(figures, language, false);
    case Kind::SubjectsPerMonth: return monthlyByPolicy(figures, language, true);
    case Kind::Cumulative: return cumulative(figures, language);
    case Kind::BudgetBurn: return budgetBurn(figures, language);
    }
    return nullptr;
}

QString DisbursementCharts::barText(const stats::DisbursementFigures &figures, Kind kind, const QString &policy,
                                    int monthIndex, rules::Language language)
{
    const QList<domain::Month> months = figures.months();
    if (monthIndex < 0 || monthIndex >= months.size())
        return {};
    const stats::PolicyMonthTotal t = figures.cell(policy, months.at(monthIndex));
    const QString name = figures.policy(policy).title.in(language);
    if (kind == Kind::SubjectsPerMonth)
        return tr("%1, %2: %n subject(s) paid", "", int(t.subjects)).arg(name, t.period);
    return tr("%1, %2: %3 net (%4 paid, %5 recovered), %n payment(s)", "", int(t.payments))
        .arg(name, t.period, stats::YuanText::full(t.netFen()), stats::YuanText::full(t.paidFen),
             stats::YuanText::full(t.recoveredFen));
}

QChart *DisbursementCharts::monthlyByPolicy(const stats::DisbursementFigures &figures, rules::Language language,
                                            bool subjects)
{
    QChart *chart = newChart(title(subjects ? Kind::SubjectsPerMonth : Kind::MonthlyByPolicy));
    const QList<domain::Month> months = figures.months();
    qint64 maxFen = 0;
    for (const auto &g : figures.byMonth())
        maxFen = std::max(maxFen, g.netFen());
    const bool chinese = language == rules::Language::Zh;
    const stats::YuanText::AxisUnit unit = stats::YuanText::axisUnit(maxFen, chinese);
    // One row of values per policy with figures in the range (a policy paid
    // only before it draws nothing).
    QList<std::pair<QString, QList<double>>> values;
    for (const QString &code : figures.policies()) {
        QList<double> row;
        bool any = false;
        for (const domain::Month &month : months) {
            const stats::PolicyMonthTotal t = figures.cell(code, month);
            // Drawing only: the exact figure is in the tooltip and the table.
            row << (subjects ? double(t.subjects) : double(t.netFen()) / double(unit.fenPerUnit));
            any = any || t.payments != 0 || t.recoveries != 0;
        }
        if (any)
            values.append({code, row});
    }
    QList<double> totals(months.size(), 0.0);
    for (const auto &[code, row] : std::as_const(values))
        for (int i = 0; i < row.size(); ++i)
            totals[i] += row.at(i);
    const double max = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    auto *x = new QBarCategoryAxis;
    x->append(monthLabels(figures, language));
    x->setTitleText(tr("Month"));
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(subjects ? tr("Subjects") : unit.name, max);
    chart->addAxis(y, Qt::AlignLeft);
    if (months.size() > maxBarMonths) {
        // A long range: one stacked area per policy instead of a bar per
        // policy and month (a few items to draw instead of thousands).
        QList<double> below(months.size(), 0.0);
        for (const auto &[code, row] : std::as_const(values)) {
            auto *lower = new QLineSeries;
            auto *upper = new QLineSeries;
            QList<QPointF> lowerPoints, upperPoints;
            for (int i = 0; i < row.size(); ++i) {
                lowerPoints << QPointF(i, below.at(i));
                below[i] += row.at(i);
                upperPoints << QPointF(i, below.at(i));
            }
            lower->replace(lowerPoints);
            upper->replace(upperPoints);
            auto *area = new QAreaSeries(upper, lower);
            upper->setParent(area);
            lower->setParent(area);
            area->setName(figures.policy(code).title.in(language));
            area->setObjectName(code);
            chart->addSeries(area);
            area->attachAxis(x);
            area->attachAxis(y);
        }
        return chart;
    }
    auto *series = new QStackedBarSeries;
    for (const auto &[code, row] : std::as_const(values)) {
        auto *set = new QBarSet(figures.policy(code).title.in(language));
        set->setObjectName(code);
        set->append(row);
        series->append(set);
    }
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *DisbursementCharts::cumulative(const stats::DisbursementFigures &figures, rules::Language language)
{
    QChart *chart = newChart(title(Kind::Cumulative));
    const QList<qint64> values = figures.cumulativeNet();
    const stats::YuanText::AxisUnit unit =
        stats::YuanText::axisUnit(values.isEmpty() ? 0 : values.last(), language == rules::Language::Zh);
    auto *series = new QLineSeries;
    series->setName(tr("Net disbursed, cumulative"));
    series->setPointsVisible(values.size() <= maxBarMonths);
    double max = 0;
    for (int i = 0; i < values.size(); ++i) {
        const double v = double(values.at(i)) / double(unit.fenPerUnit);
        series->append(i, v);
        max = std::max(max, v);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(monthLabels(figures, language));
    x->setTitleText(tr("Month"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = valueAxis(unit.name, max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QChart *DisbursementCharts::budgetBurn(const stats::DisbursementFigures &figures, rules::Language language)
{
    QChart *chart = newChart(title(Kind::BudgetBurn));
    const QList<stats::DisbursementFigures::BudgetBurn> burns = figures.budgetBurn();
    qint64 maxFen = 0;
    for (const auto &b : burns)
        maxFen = std::max(maxFen, b.budgetFen);
    const stats::YuanText::AxisUnit unit = stats::YuanText::axisUnit(maxFen, language == rules::Language::Zh);
    double max = 0;
    QList<QLineSeries *> all;
    for (const auto &b : burns) {
        auto *series = new QLineSeries;
        series->setObjectName(b.policyCode);
        const QString runsOut = b.runsOut ? tr("runs out %1").arg(b.runsOut->toString()) : tr("does not run out at this rate");
        series->setName(QStringLiteral("%1 (%2)").arg(figures.policy(b.policyCode).title.in(language), runsOut));
        series->setPointsVisible(b.remainingByMonth.size() <= maxBarMonths);
        for (int i = 0; i < b.remainingByMonth.size(); ++i) {
            const double v = double(b.remainingByMonth.at(i)) / double(unit.fenPerUnit);
            series->append(i, v);
            max = std::max(max, v);
        }
        chart->addSeries(series);
        all << series;
    }
    auto *x = new QBarCategoryAxis;
    x->append(monthLabels(figures, language));
    x->setTitleText(tr("Month"));
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = valueAxis(unit.name, max);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

} // namespace mianshen::ui
