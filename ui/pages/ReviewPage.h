#pragma once

#include "ui/pages/TablePage.h"

namespace mianshen::ui {

// The Review page: the decisions table, or an empty state saying how rows get there.
class ReviewPage final : public TablePage
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);
    QString title() const override;

protected:
    QString tableName() const override { return QStringLiteral("decisions"); }
    QString heading() const override;
    QString emptyHeading() const override;
    QString emptyExplanation() const override;
    void prepareModel(itemmodels::PagedTableModel &model) const override;
};

} // namespace mianshen::ui
