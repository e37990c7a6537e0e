#include "ui/stats/StatsChartView.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QToolTip>

#include <cmath>

namespace mianshen::ui {

StatsChartView::StatsChartView(DisbursementCharts::Kind kind, QWidget *parent)
    : QChartView(parent)
    , m_kind(kind)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(320);
}

void StatsChartView::setFigures(const stats::DisbursementFigures &figures, rules::Language language)
{
    m_figures = figures;
    m_language = language;
    QChart *old = chart();
    setChart(DisbursementCharts::build(m_kind, m_figures, m_language));
    delete old;
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            connectArea(area);
            continue;
        }
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        connect(bars, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
            if (status)
                QToolTip::showText(QCursor::pos(),
                                   DisbursementCharts::barText(m_figures, m_kind, set->objectName(), index, m_language), this);
            else
                QToolTip::hideText();
        });
        connect(bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *set) {
            const QList<domain::Month> months = m_figures.months();
            if (index >= 0 && index < months.size())
                Q_EMIT barClicked(set->objectName(), months.at(index).toString());
        });
    }
}

// A long range's stacked area of one policy: the month is the nearest
// category to the point.
void StatsChartView::connectArea(QAreaSeries *area)
{
    const auto monthIndex = [this](const QPointF &point) {
        const int index = int(std::lround(point.x()));
        return index >= 0 && index < m_figures.months().size() ? index : -1;
    };
    connect(area, &QAreaSeries::hovered, this, [this, area, monthIndex](const QPointF &point, bool state) {
        const int index = monthIndex(point);
        if (state && index >= 0)
            QToolTip::showText(QCursor::pos(),
                               DisbursementCharts::barText(m_figures, m_kind, area->objectName(), index, m_language), this);
        else
            QToolTip::hideText();
    });
    connect(area, &QAreaSeries::clicked, this, [this, area, monthIndex](const QPointF &point) {
        const int index = monthIndex(point);
        if (index >= 0)
            Q_EMIT barClicked(area->objectName(), m_figures.months().at(index).toString());
    });
}

int StatsChartView::seriesCount() const
{
    return chart() ? int(chart()->series().size()) : 0;
}

int StatsChartView::barCount() const
{
    int n = 0;
    if (!chart())
        return 0;
    for (QAbstractSeries *series : chart()->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                n += int(set->count());
    return n;
}

} // namespace mianshen::ui
