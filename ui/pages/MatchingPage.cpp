#include "ui/pages/MatchingPage.h"

#include "itemmodels/PagedTableModel.h"

namespace mianshen::ui {

MatchingPage::MatchingPage(QWidget *parent)
    : TablePage(parent)
{
    retranslate();
}

QString MatchingPage::title() const
{
    return tr("Matching");
}

QString MatchingPage::heading() const
{
    return tr("Matching runs");
}

QString MatchingPage::emptyHeading() const
{
    return tr("No matching run yet.");
}

QString MatchingPage::emptyExplanation() const
{
    return tr("A run checks every published policy against every person and enterprise for one month. Runs and their results appear here.");
}

void MatchingPage::prepareModel(itemmodels::PagedTableModel &model) const
{
    model.sort(model.source().columnIndex(QStringLiteral("id")), Qt::DescendingOrder);
}

} // namespace mianshen::ui
