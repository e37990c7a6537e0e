#pragma once

#include "ui/pages/Page.h"

class QLabel;
class QStackedWidget;

namespace mianshen::itemmodels {
class PagedTableModel;
}

namespace mianshen::ui {

class EmptyState;
class TableBrowser;

// A page that shows one table of the database (payments, the audit log...)
// through a TableBrowser, or an empty state saying how rows get there when
// the table is missing or has none.
class TablePage : public Page
{
    Q_OBJECT
public:
    explicit TablePage(QWidget *parent = nullptr);

    void setDatabase(store::Database *db) override;
    void refresh() override;
    void clear() override;
    bool isShowingEmptyState() const;
    // True when a count or page query failed: the error is shown in place
    // of the table.
    bool isShowingError() const;
    TableBrowser *browser() const { return m_browser; }
    EmptyState *emptyState() const { return m_empty; }

protected:
    virtual QString tableName() const = 0;
    virtual QString heading() const = 0;
    virtual QString emptyHeading() const = 0;
    virtual QString emptyExplanation() const = 0;
    // Initial filters and sorting for the table (e.g. newest first).
    virtual void prepareModel(itemmodels::PagedTableModel &model) const;
    void retranslate() override;
    store::Database *database() const { return m_db; }

private:
    void showEmpty(bool empty);
    void showError(const QString &message);

    store::Database *m_db = nullptr;
    QLabel *m_heading = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    TableBrowser *m_browser = nullptr;
};

} // namespace mianshen::ui
