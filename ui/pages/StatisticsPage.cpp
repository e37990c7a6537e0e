#include "ui/pages/StatisticsPage.h"



namespace mianshen::ui {

StatisticsPage::StatisticsPage(QWidget *parent)
    : TablePage(parent)
{
    retranslate();
}

QString StatisticsPage::title() const
{
    return tr("Statistics");
}

QString StatisticsPage::heading() const
{
    return tr("Results per run and policy");
}

QString StatisticsPage::emptyHeading() const
{
    return tr("No figures yet.");
}

QString StatisticsPage::emptyExplanation() const
{
    return tr("Statistics are computed from completed matching runs: approved, flagged, over budget and ineligible subjects and the amounts per policy.");
}

} // namespace mianshen::ui
