#pragma once

#include "ui/stats/DisbursementCharts.h"

#include <QChartView>

class QAreaSeries;

namespace mianshen::ui {

// One chart of the Statistics page: shows the exact figure of a bar on
// hover and reports a click on a bar (policy, month).
class StatsChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit StatsChartView(DisbursementCharts::Kind kind, QWidget *parent = nullptr);

    DisbursementCharts::Kind kind() const { return m_kind; }
    void setFigures(const stats::DisbursementFigures &figures, rules::Language language);
    const stats::DisbursementFigures &figures() const { return m_figures; }
    // Counts, for tests: series, and bar sets × categories of the bar series
    // (none over DisbursementCharts::maxBarMonths months: areas instead).
    int seriesCount() const;
    int barCount() const;

Q_SIGNALS:
    void barClicked(const QString &policyCode, const QString &period);

private:
    void connectArea(QAreaSeries *area);

    DisbursementCharts::Kind m_kind;
    stats::DisbursementFigures m_figures;
    rules::Language m_language = rules::Language::Zh;
};

} // namespace mianshen::ui
