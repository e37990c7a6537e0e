#pragma once

#include "ui/pages/TablePage.h"

namespace mianshen::ui {

// The Audit page: the audit_log table, or an empty state saying how rows get there.
class AuditPage final : public TablePage
{
    Q_OBJECT
public:
    explicit AuditPage(QWidget *parent = nullptr);
    QString title() const override;

protected:
    QString tableName() const override { return QStringLiteral("audit_log"); }
    QString heading() const override;
    QString emptyHeading() const override;
    QString emptyExplanation() const override;
    void prepareModel(itemmodels::PagedTableModel &model) const override;
};

} // namespace mianshen::ui
