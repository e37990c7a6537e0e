#include "ui/stats/StatsChartView.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QToolTip>

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
