#include "ui/pages/PaymentsPage.h"

#include "itemmodels/PagedTableModel.h"

namespace mianshen::ui {

PaymentsPage::PaymentsPage(QWidget *parent)
    : TablePage(parent)
{
    retranslate();
}

QString PaymentsPage::title() const
{
    return tr("Payments");
}

QString PaymentsPage::heading() const
{
    return tr("Payments");
}

QString PaymentsPage::emptyHeading() const
{
    return tr("No payments yet.");
}

QString PaymentsPage::emptyExplanation() const
{
    return tr("Payments are made from approved awards; each award is paid once. They appear here when the first payment batch is prepared.");
}

void PaymentsPage::prepareModel(itemmodels::PagedTableModel &model) const
{
    model.sort(model.source().columnIndex(QStringLiteral("id")), Qt::DescendingOrder);
}

} // namespace mianshen::ui
