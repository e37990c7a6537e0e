#include "ui/pages/ReviewPage.h"

#include "itemmodels/PagedTableModel.h"

namespace mianshen::ui {

ReviewPage::ReviewPage(QWidget *parent)
    : TablePage(parent)
{
    retranslate();
}

QString ReviewPage::title() const
{
    return tr("Review");
}

QString ReviewPage::heading() const
{
    return tr("Cases for review");
}

QString ReviewPage::emptyHeading() const
{
    return tr("No cases are waiting for review.");
}

QString ReviewPage::emptyExplanation() const
{
    return tr("Cases appear here after a matching run flags them.");
}

void ReviewPage::prepareModel(itemmodels::PagedTableModel &model) const
{
    const int outcome = model.source().columnIndex(QStringLiteral("outcome"));
    if (outcome >= 0)
        (void)model.setFilter(outcome, QStringLiteral("=review"));
}

} // namespace mianshen::ui
