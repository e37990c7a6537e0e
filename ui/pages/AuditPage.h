#pragma once

#include "ui/pages/Page.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace mianshen::audit {
struct VerifyReport;
}
namespace mianshen::itemmodels {
class AuditLogModel;
}

namespace mianshen::ui {

class EmptyState;
struct VerifyOutcome;

// The Audit page: the audit log, newest first, paged from the database;
// filters for who, what (action), entity and time; sorting by any column;
// and "Verify the chain", which recomputes every hash on a worker thread
// (with progress and cancel) and names the first row that does not match.
class AuditPage final : public Page
{
    Q_OBJECT
public:
    explicit AuditPage(QWidget *parent = nullptr);
    ~AuditPage() override;
    QString title() const override;
    void setDatabase(store::Database *db) override;
    void refresh() override;

    itemmodels::AuditLogModel *model() const { return m_model.get(); }
    QTableView *view() const { return m_view; }
    QPushButton *verifyButton() const { return m_verify; }
    QString verifyResultText() const;
    bool isVerifying() const;
    // No database, or a log without rows: a sentence instead of the table.
    bool isShowingEmptyState() const;
    EmptyState *emptyState() const { return m_empty; }
    // Applies the filter fields (as the Filter button does).
    void applyFilters();

protected:
    void retranslate() override;

private:
    void buildFilters();
    void clearFilters();
    void startVerify();
    void cancelVerify();
    void verifyFinished();
    void showVerifyResult(const audit::VerifyReport &report);
    void updateStatus();
    void showEmpty(bool empty);

    store::Database *m_db = nullptr;
    std::unique_ptr<itemmodels::AuditLogModel> m_model;
    QLabel *m_heading = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_whoLabel = nullptr;
    QLineEdit *m_who = nullptr;
    QLabel *m_whatLabel = nullptr;
    QComboBox *m_what = nullptr;
    QLabel *m_entityLabel = nullptr;
    QComboBox *m_entity = nullptr;
    QLineEdit *m_entityId = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPushButton *m_filter = nullptr;
    QPushButton *m_clear = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_verifyResult = nullptr;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    std::shared_ptr<VerifyOutcome> m_outcome;
};

} // namespace mianshen::ui
