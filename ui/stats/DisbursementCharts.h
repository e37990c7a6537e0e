#pragma once

#include "rules/Text.h"
#include "stats/DisbursementFigures.h"

#include <QCoreApplication>
#include <QStringList>

class QChart;

namespace mianshen::ui {

// Builds the Statistics charts from computed figures (drawing only: every
// number comes from stats::DisbursementFigures). Money axes in yuan or 万元
// as the scale calls for (stats::YuanText::axisUnit).
class DisbursementCharts final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::ui::DisbursementCharts)
public:
    enum class Kind { MonthlyByPolicy, Cumulative, BudgetBurn, SubjectsPerMonth };
    static constexpr int KindCount = 4;
    // Up to this many months the monthly charts draw a stacked bar per
    // policy and month; over it one stacked area per policy (clicked and
    // hovered the same way), and the lines draw no point markers.
    static constexpr int maxBarMonths = 24;

    // A new chart (the caller owns it). For the bar charts, the policy of each
    // bar set (or area series) is its objectName, the month of each bar the
    // category at its index. Policies without figures in the range are not drawn.
    static QChart *build(Kind kind, const stats::DisbursementFigures &figures, rules::Language language);
    static QString title(Kind kind);
    // The tooltip of one bar: the exact figure.
    static QString barText(const stats::DisbursementFigures &figures, Kind kind, const QString &policy, int monthIndex,
                           rules::Language language);

private:
    static QChart *monthlyByPolicy(const stats::DisbursementFigures &figures, rules::Language language, bool subjects);
    static QChart *cumulative(const stats::DisbursementFigures &figures, rules::Language language);
    static QChart *budgetBurn(const stats::DisbursementFigures &figures, rules::Language language);
};

} // namespace mianshen::ui
