#pragma once

#include "ui/pages/Page.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDateEdit;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace mianshen::ledger {
struct BatchSummary;
}
namespace mianshen::store {
class QueryCanceller;
}

namespace mianshen::ui {

class BackgroundDatabase;
class BudgetPanel;
class EmptyState;
class JobRunner;
class PaymentJobStrip;
class RecoveryPanel;
class TableBrowser;

// The Payments page: the payment batches with their state and totals, the
// selected batch's payments (both paged from the database, sorted, filtered
// and exported by TableBrowser), the budget of every policy with its bar and
// warnings, and the recovery orders. The steps of a batch (create for a
// month, approve, export to the bank's file, mark sent, apply the bank's
// return file, retry failed payments in a follow-up batch) and of a recovery
// run through models/ledger on a worker thread (JobRunner) with a busy bar
// and Cancel; each irreversible step is confirmed first by a question that
// names the batch, its number of payments and its total in yuan. Errors are
// shown in place.
class PaymentsPage final : public Page
{
    Q_OBJECT
public:
    enum class Action { CreateBatch, Approve, Export, MarkSent, ImportReturns, RetryFailed, PublicNotice, ActionCount };
    enum class FileQuestion { ExportBatch, ReturnFile };
    // Chooses a file (empty: the person cancelled). Tests replace the dialogs.
    using FileChooser = std::function<QString(FileQuestion question, const QString &suggested)>;
    // Asks for a note (nullopt: cancelled).
    using NoteAsker = std::function<std::optional<QString>(const QString &title, const QString &label)>;

    explicit PaymentsPage(QWidget *parent = nullptr);
    ~PaymentsPage() override;

    QString title() const override;
    void setDatabase(store::Database *db) override;
    void refresh() override;
    void clear() override;

    // The actions with their keys, for the window's Payments menu (enabled
    // while the page is shown).
    QList<QAction *> paymentActions() const { return m_actions; }
    QAction *action(Action action) const { return m_actions.value(int(action)); }

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setNoteAsker(NoteAsker asker) { m_askNote = std::move(asker); }

    // For tests and the window.
    TableBrowser *batchBrowser() const { return m_batches; }
    TableBrowser *paymentBrowser() const { return m_payments; }
    BudgetPanel *budgetPanel() const { return m_budget; }
    RecoveryPanel *recoveryPanel() const { return m_recoveries; }
    PaymentJobStrip *jobStrip() const { return m_strip; }
    QDateEdit *monthEdit() const { return m_month; }
    QString month() const;
    qint64 selectedBatchId() const { return m_batchId; }
    QString selectedBatchStatus() const { return m_batchStatus; }
    bool selectBatch(qint64 id);
    bool isBusy() const;
    // No database, or no batch yet (the actions stay, to create the first).
    bool isShowingEmptyState() const;

Q_SIGNALS:
    // Payments, batches or recoveries changed (other pages may refresh).
    void ledgerChanged();

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Outcome;
    using LedgerWork = std::function<Outcome(store::Database &db)>;

    void buildLayout();
    void createActions();
    void batchChosen();
    void updateActions();
    void loadSidePanels();
    void runStep(const QString &text, LedgerWork work);
    void stepFinished(const Outcome &outcome);
    // Reads the batch afresh and hands it to `then` (or shows the error).
    void withBatch(qint64 id, std::function<void(const ledger::BatchSummary &)> then);
    bool confirm(const QString &title, const QString &text);
    QString batchWords(const ledger::BatchSummary &batch) const;

    static Outcome buildBatch(store::Database &db, const QString &period);
    void createBatch(bool retry);
    void approveBatch();
    void exportBatch();
    void markSent();
    void importReturns();
    struct ReturnsPreview;
    void applyReturns(const QString &path, const QString &batch, const ReturnsPreview &preview);
    void confirmRecovery(qint64 id);
    void settleRecovery(qint64 id, bool writeOff);
    void proposeRecoveries();

    store::Database *m_db = nullptr;
    QLabel *m_heading = nullptr;
    QDateEdit *m_month = nullptr;
    PaymentJobStrip *m_strip = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_top = nullptr;
    QStackedWidget *m_batchStack = nullptr;
    EmptyState *m_noBatches = nullptr;
    TableBrowser *m_batches = nullptr;
    QLabel *m_paymentsHeading = nullptr;
    TableBrowser *m_payments = nullptr;
    QTabWidget *m_tabs = nullptr;
    BudgetPanel *m_budget = nullptr;
    RecoveryPanel *m_recoveries = nullptr;
    QList<QAction *> m_actions;
    std::unique_ptr<BackgroundDatabase> m_background;
    JobRunner *m_runner = nullptr;
    std::shared_ptr<store::QueryCanceller> m_canceller;
    FileChooser m_chooseFile;
    NoteAsker m_askNote;
    qint64 m_batchId = 0;
    QString m_batchStatus;
    qint64 m_selectAfterLoad = 0;
    bool m_shown = false;
};

} // namespace mianshen::ui
