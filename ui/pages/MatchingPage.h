#pragma once

#include "ui/pages/TablePage.h"

namespace mianshen::ui {

// The Matching page: the matching_runs table, or an empty state saying how rows get there.
class MatchingPage final : public TablePage
{
    Q_OBJECT
public:
    explicit MatchingPage(QWidget *parent = nullptr);
    QString title() const override;

protected:
    QString tableName() const override { return QStringLiteral("matching_runs"); }
    QString heading() const override;
    QString emptyHeading() const override;
    QString emptyExplanation() const override;
    void prepareModel(itemmodels::PagedTableModel &model) const override;
};

} // namespace mianshen::ui
