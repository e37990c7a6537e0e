#pragma once

#include "ui/pages/TablePage.h"

namespace mianshen::ui {

// The Policies page: the published policies.
class PoliciesPage final : public TablePage
{
    Q_OBJECT
public:
    explicit PoliciesPage(QWidget *parent = nullptr);
    QString title() const override;

protected:
    QString tableName() const override { return QStringLiteral("published_policies"); }
    QString heading() const override;
    QString emptyHeading() const override;
    QString emptyExplanation() const override;
};

} // namespace mianshen::ui
