#include "ui/pages/AuditPage.h"

#include "itemmodels/PagedTableModel.h"

namespace mianshen::ui {

AuditPage::AuditPage(QWidget *parent)
    : TablePage(parent)
{
    retranslate();
}

QString AuditPage::title() const
{
    return tr("Audit");
}

QString AuditPage::heading() const
{
    return tr("Audit log");
}

QString AuditPage::emptyHeading() const
{
    return tr("The audit log is empty.");
}

QString AuditPage::emptyExplanation() const
{
    return tr("Every change to policies, decisions and payments is recorded here with who made it, when and why. Entries cannot be changed or deleted.");
}

void AuditPage::prepareModel(itemmodels::PagedTableModel &model) const
{
    model.sort(model.source().columnIndex(QStringLiteral("id")), Qt::DescendingOrder);
}

} // namespace mianshen::ui
