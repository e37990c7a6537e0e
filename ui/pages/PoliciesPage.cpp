#include "ui/pages/PoliciesPage.h"

namespace mianshen::ui {

PoliciesPage::PoliciesPage(QWidget *parent)
    : TablePage(parent)
{
    retranslate();
}

QString PoliciesPage::title() const
{
    return tr("Policies");
}

QString PoliciesPage::heading() const
{
    return tr("Published policies");
}

QString PoliciesPage::emptyHeading() const
{
    return tr("No policy is published yet.");
}

QString PoliciesPage::emptyExplanation() const
{
    return tr("Policies are written as files and published with: mianshen --db DATABASE policy publish FILE. "
              "Published policies appear here.");
}

} // namespace mianshen::ui
