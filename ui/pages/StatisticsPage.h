#pragma once

#include "ui/pages/TablePage.h"

namespace mianshen::ui {

// The Statistics page: the run_policies table, or an empty state saying how rows get there.
class StatisticsPage final : public TablePage
{
    Q_OBJECT
public:
    explicit StatisticsPage(QWidget *parent = nullptr);
    QString title() const override;

protected:
    QString tableName() const override { return QStringLiteral("run_policies"); }
    QString heading() const override;
    QString emptyHeading() const override;
    QString emptyExplanation() const override;

};

} // namespace mianshen::ui
