#pragma once

#include "ui/pages/TablePage.h"

namespace mianshen::ui {

// The Payments page: the payments table, or an empty state saying how rows get there.
class PaymentsPage final : public TablePage
{
    Q_OBJECT
public:
    explicit PaymentsPage(QWidget *parent = nullptr);
    QString title() const override;

protected:
    QString tableName() const override { return QStringLiteral("payments"); }
    QString heading() const override;
    QString emptyHeading() const override;
    QString emptyExplanation() const override;
    void prepareModel(itemmodels::PagedTableModel &model) const override;
};

} // namespace mianshen::ui
