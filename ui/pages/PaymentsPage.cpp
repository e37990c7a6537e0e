#include "ui/pages/PaymentsPage.h"

#include "domain/Money.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/PaymentTables.h"
#include "itemmodels/SensitiveMask.h"
#include "ledger/BatchApproval.h"
#include "ledger/BatchBuilder.h"
#include "ledger/BatchDispatch.h"
#include "ledger/BudgetStatus.h"
#include "ledger/LedgerQueries.h"
#include "ledger/RecoveryService.h"
#include "ledger/ReturnFileReader.h"
#include "store/Database.h"
#include "store/QueryCanceller.h"
#include "ui/EmptyState.h"
#include "ui/FileDialog.h"
#include "ui/JobRunner.h"
#include "ui/MessageBox.h"
#include "ui/Settings.h"
#include "ui/TableBrowser.h"
#include "ui/payments/BudgetPanel.h"
#include "ui/payments/PaymentJobStrip.h"
#include "ui/payments/RecoveryPanel.h"
#include "ui/review/BackgroundDatabase.h"
#include "ui/stats/NoticeDialog.h"

#include <QAction>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace mianshen::ui {

namespace {

enum BatchColumn { BatchId = 0, BatchStatus = 2 };
constexpr int PaymentBatchColumn = 1;

QString yuan(qint64 fen)
{
    return domain::Money::fromFen(fen).toDisplayString();
}

} // namespace

// What a ledger step hands back to the page.
struct PaymentsPage::Outcome
{
    QString error;
    QString message;
    qint64 batchId = 0;   // the batch to select afterwards (0: keep)
    bool changed = true;  // false: a check that wrote nothing
    std::function<void()> then; // on success, on the window's thread
};

// What a checked return file would do.
struct PaymentsPage::ReturnsPreview
{
    qint64 batchId = 0;
    qint64 paidCount = 0;
    qint64 paidFen = 0;
    qint64 failedCount = 0;
    qint64 failedFen = 0;
};

PaymentsPage::PaymentsPage(QWidget *parent)
    : Page(parent)
{
    m_runner = new JobRunner(this);
    buildLayout();
    createActions();
    m_chooseFile = [this](FileQuestion question, const QString &suggested) {
        if (question == FileQuestion::ExportBatch)
            return FileDialog::saveFile(this, tr("Export the Batch for the Bank"), suggested,
                                                tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
        return FileDialog::openFile(this, tr("Choose the Bank's Return File"), suggested,
                                            tr("CSV files (*.csv)"));
    };
    m_askNote = [this](const QString &title, const QString &label) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, title, label, QLineEdit::Normal, QString(), &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    connect(m_strip, &PaymentJobStrip::cancelRequested, this, [this] {
        m_runner->cancel();
        if (m_canceller)
            m_canceller->cancel();
    });
    connect(m_recoveries, &RecoveryPanel::proposeRequested, this, &PaymentsPage::proposeRecoveries);
    connect(m_recoveries, &RecoveryPanel::confirmRequested, this, &PaymentsPage::confirmRecovery);
    connect(m_recoveries, &RecoveryPanel::settleRequested, this, [this](qint64 id) { settleRecovery(id, false); });
    connect(m_recoveries, &RecoveryPanel::writeOffRequested, this, [this](qint64 id) { settleRecovery(id, true); });
    retranslate();
    setDatabase(nullptr);
}

PaymentsPage::~PaymentsPage()
{
    if (m_canceller)
        m_canceller->cancel();
    delete m_runner;   // cancels and waits for a step still running
    m_runner = nullptr;
    m_background.reset();
}

void PaymentsPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    m_heading = createHeading();
    layout->addWidget(m_heading);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    m_empty = new EmptyState(m_stack);
    m_stack->addWidget(m_empty);

    auto *desk = new QWidget(m_stack);
    auto *deskLayout = new QVBoxLayout(desk);
    deskLayout->setContentsMargins(0, 0, 0, 0);
    // A tool bar: the actions that do not fit fold into its extension menu.
    auto *bar = new QToolBar(desk);
    bar->setObjectName(QStringLiteral("paymentActions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_month = new QDateEdit(QDate::currentDate(), bar);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    bar->addWidget(m_month);
    deskLayout->addWidget(bar);
    m_strip = new PaymentJobStrip(desk);
    deskLayout->addWidget(m_strip);

    m_splitter = new QSplitter(Qt::Vertical, desk);
    m_top = new QSplitter(Qt::Horizontal, m_splitter);
    m_batchStack = new QStackedWidget(m_top);
    m_noBatches = new EmptyState(m_batchStack);
    m_batchStack->addWidget(m_noBatches);
    m_batches = new TableBrowser(m_batchStack);
    m_batchStack->addWidget(m_batches);
    m_tabs = new QTabWidget(m_top);
    m_budget = new BudgetPanel(m_tabs);
    m_recoveries = new RecoveryPanel(m_tabs);
    m_tabs->addTab(m_budget, QString());
    m_tabs->addTab(m_recoveries, QString());
    // The window may be narrower than the two sides' rows of buttons: each
    // side then squeezes instead of widening the window.
    m_batchStack->setMinimumWidth(240);
    m_tabs->setMinimumWidth(160);
    m_top->setStretchFactor(0, 3);
    m_top->setStretchFactor(1, 2);
    auto *lower = new QWidget(m_splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_paymentsHeading = new QLabel(lower);
    lowerLayout->addWidget(m_paymentsHeading);
    m_payments = new TableBrowser(lower);
    lowerLayout->addWidget(m_payments, 1);
    deskLayout->addWidget(m_splitter, 1);
    m_stack->addWidget(desk);
    Settings::instance().rememberSplitter(m_splitter, Settings::Key::PaymentsSplitter);
    Settings::instance().rememberSplitter(m_top, Settings::Key::PaymentsTopSplitter);
}

void PaymentsPage::createActions()
{
    const QKeySequence keys[] = {
        QKeySequence(Qt::CTRL | Qt::Key_N),             // create batch
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), // approve
        QKeySequence(Qt::CTRL | Qt::Key_E),             // export
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), // mark sent
        QKeySequence(Qt::CTRL | Qt::Key_I),             // import returns
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), // retry failed
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), // public notice
    };
    auto *bar = findChild<QToolBar *>(QStringLiteral("paymentActions"));
    for (int i = 0; i < int(Action::ActionCount); ++i) {
        auto *action = new QAction(this);
        action->setShortcut(keys[i]);
        action->setEnabled(false);
        addAction(action);   // the keys work on the page alone too (tests, no window menu)
        m_actions << action;
        bar->addAction(action);
    }
    connect(action(Action::CreateBatch), &QAction::triggered, this, [this] { createBatch(false); });
    connect(action(Action::Approve), &QAction::triggered, this, &PaymentsPage::approveBatch);
    connect(action(Action::Export), &QAction::triggered, this, &PaymentsPage::exportBatch);
    connect(action(Action::MarkSent), &QAction::triggered, this, &PaymentsPage::markSent);
    connect(action(Action::ImportReturns), &QAction::triggered, this, &PaymentsPage::importReturns);
    connect(action(Action::RetryFailed), &QAction::triggered, this, [this] { createBatch(true); });
    connect(action(Action::PublicNotice), &QAction::triggered, this, [this] {
        if (m_db && m_batchId)
            NoticeDialog::openForBatch(*m_db, m_batchId, this);
    });
}

QString PaymentsPage::title() const
{
    return tr("Payments");
}

QString PaymentsPage::month() const
{
    return m_month->date().toString(QStringLiteral("yyyy-MM"));
}

bool PaymentsPage::isBusy() const
{
    return m_runner->isRunning() || (m_background && m_background->isBusy());
}

bool PaymentsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty || m_batchStack->currentWidget() == m_noBatches;
}

void PaymentsPage::setDatabase(store::Database *db)
{
    if (m_runner->isRunning()) {
        if (m_canceller)
            m_canceller->cancel();
        m_runner->cancel();
        m_runner->waitForFinished();
    }
    m_batches->setModel(nullptr);
    m_payments->setModel(nullptr);
    m_background.reset();
    m_db = db;
    m_batchId = 0;
    m_batchStatus.clear();
    m_selectAfterLoad = 0;
    m_budget->clear();
    m_recoveries->clear();
    m_strip->clear();
    if (!m_db) {
        m_empty->setText(tr("No database is open."),
                         tr("Open a SQLite database or connect to a PostgreSQL server from the File menu."));
        m_stack->setCurrentWidget(m_empty);
        updateActions();
        return;
    }
    m_background = std::make_unique<BackgroundDatabase>(m_db->spec());
    // Newest first, and the payments of no batch until one is chosen: the
    // first queries are those the page shows (never the whole ledger).
    itemmodels::PagedTableModel::Start newestFirst;
    newestFirst.sortColumn = BatchId;
    newestFirst.order = Qt::DescendingOrder;
    auto batches = std::make_unique<itemmodels::PagedTableModel>(m_db->spec(), itemmodels::PaymentTables::batches(),
                                                                 newestFirst);
    m_batches->setModel(std::move(batches));
    m_batches->view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batches->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_batches->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PaymentsPage::batchChosen);
    connect(m_batches->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_selectAfterLoad)
            selectBatch(m_selectAfterLoad);
    });
    connect(m_batches->model(), &itemmodels::PagedTableModel::totalRowsChanged, this, [this](qint64 total) {
        // No batch at all (not merely none matching a filter): say how batches come.
        const bool none = total == 0 && m_batches->model()->filterSummary().isEmpty();
        m_batchStack->setCurrentWidget(none ? static_cast<QWidget *>(m_noBatches) : m_batches);
    });
    connect(m_batches->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_batchId && !m_selectAfterLoad)
            m_selectAfterLoad = m_batchId;
    });
    itemmodels::PagedTableModel::Start noBatch;
    noBatch.filters = {{PaymentBatchColumn, QStringLiteral("=0")}};
    auto payments = std::make_unique<itemmodels::PagedTableModel>(m_db->spec(), itemmodels::PaymentTables::payments(),
                                                                  noBatch);
    m_payments->setModel(std::move(payments));
    m_payments->view()->setColumnHidden(PaymentBatchColumn, true);
    m_stack->setCurrentIndex(1);
    loadSidePanels();
    retranslate();
    updateActions();
}

void PaymentsPage::refresh()
{
    if (!m_db)
        return;
    m_selectAfterLoad = m_batchId;
    if (auto *model = m_batches->model())
        model->refresh();
    if (auto *model = m_payments->model())
        model->refresh();
    loadSidePanels();
}

void PaymentsPage::clear()
{
    setDatabase(nullptr);
}

bool PaymentsPage::selectBatch(qint64 id)
{
    itemmodels::PagedTableModel *model = m_batches->model();
    if (!model)
        return false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, BatchId);
        if (model->data(index, itemmodels::PagedTableModel::RawValueRole).toLongLong() == id) {
            m_selectAfterLoad = 0;
            m_batches->view()->setCurrentIndex(index);
            m_batches->view()->selectRow(row);
            batchChosen();
            return true;
        }
    }
    m_selectAfterLoad = id;
    return false;
}

void PaymentsPage::batchChosen()
{
    itemmodels::PagedTableModel *model = m_batches->model();
    const QModelIndex current = m_batches->view()->currentIndex();
    const qint64 id = model && current.isValid()
        ? model->data(model->index(current.row(), BatchId), itemmodels::PagedTableModel::RawValueRole).toLongLong() : 0;
    m_batchStatus = id ? model->data(model->index(current.row(), BatchStatus), itemmodels::PagedTableModel::RawValueRole)
                             .toString() : QString();
    m_batchId = id;
    if (auto *payments = m_payments->model()) {
        (void)payments->setFilter(PaymentBatchColumn, QStringLiteral("=%1").arg(id));   // unchanged: no reload
        m_payments->view()->setColumnHidden(PaymentBatchColumn, true);
    }
    m_paymentsHeading->setText(id ? tr("Payments of batch %1").arg(id) : tr("Choose a batch above to see its payments."));
    updateActions();
}

void PaymentsPage::updateActions()
{
    const bool free = m_shown && m_db && !m_runner->isRunning();
    const QString &s = m_batchStatus;
    action(Action::CreateBatch)->setEnabled(free);
    action(Action::RetryFailed)->setEnabled(free);
    action(Action::Approve)->setEnabled(free && s == QLatin1String("created"));
    action(Action::Export)->setEnabled(free && (s == QLatin1String("approved") || s == QLatin1String("exported")));
    action(Action::MarkSent)->setEnabled(free && s == QLatin1String("exported"));
    action(Action::ImportReturns)->setEnabled(free && s == QLatin1String("sent"));
    action(Action::PublicNotice)->setEnabled(free && m_batchId != 0);
    m_recoveries->setBusy(!free);
}

void PaymentsPage::loadSidePanels()
{
    if (!m_background)
        return;
    auto budgets = std::make_shared<QList<ledger::PolicyBudget>>();
    auto recoveries = std::make_shared<QList<ledger::Recovery>>();
    m_background->run(
        [budgets, recoveries](store::Database &db) {
            auto b = ledger::BudgetStatus(db).load();
            if (!b)
                return domain::Status::failure(b.error());
            *budgets = b.value();
            auto r = ledger::RecoveryService(db).list();
            if (!r)
                return domain::Status::failure(r.error());
            *recoveries = r.value();
            return domain::Status();
        },
        [this, budgets, recoveries](const domain::Status &status) {
            if (!status) {
                m_strip->showError(tr("The budgets and recoveries could not be read: %1").arg(status.error()));
                return;
            }
            m_budget->setBudgets(*budgets);
            m_recoveries->setRecoveries(*recoveries);
        });
}

void PaymentsPage::withBatch(qint64 id, std::function<void(const ledger::BatchSummary &)> then)
{
    if (!m_background || !id)
        return;
    auto batch = std::make_shared<ledger::BatchSummary>();
    m_background->run(
        [id, batch](store::Database &db) {
            auto b = ledger::LedgerQueries(db).batch(id);
            if (!b)
                return domain::Status::failure(b.error());
            *batch = b.value();
            return domain::Status();
        },
        [this, batch, then = std::move(then)](const domain::Status &status) {
            if (!status) {
                m_strip->showError(status.error());
                return;
            }
            then(*batch);
        });
}

bool PaymentsPage::confirm(const QString &title, const QString &text)
{
    return MessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Yes;
}

QString PaymentsPage::batchWords(const ledger::BatchSummary &b) const
{
    return tr("batch %1 for %2 (%n payment(s), %3 in total)", "", int(b.paymentCount)).arg(b.id).arg(b.period, yuan(b.totalFen));
}

void PaymentsPage::runStep(const QString &text, LedgerWork work)
{
    if (!m_db || m_runner->isRunning())
        return;
    m_canceller = std::make_shared<store::QueryCanceller>();
    auto canceller = m_canceller;
    const store::ConnectionSpec spec = m_db->spec();
    m_strip->start(text);
    const bool started = m_runner->start<Outcome>(
        [spec, canceller, work = std::move(work)](JobControl &control) {
            Outcome out;
            auto opened = store::Database::open(spec);
            if (!opened) {
                out.error = opened.error();
                return out;
            }
            canceller->attach(*opened.value());
            if (!control.cancel)
                out = work(*opened.value());
            canceller->detach();
            if (control.cancel && !out.error.isEmpty())
                out.error = tr("Cancelled: nothing was changed.");
            else if (control.cancel && out.message.isEmpty())
                out.error = tr("Cancelled before it started: nothing was changed.");
            return out;
        },
        [this](Outcome outcome) { stepFinished(outcome); });
    if (!started)
        m_strip->showError(tr("Another step is still running."));
    updateActions();
}

void PaymentsPage::stepFinished(const Outcome &outcome)
{
    m_canceller.reset();
    if (!outcome.error.isEmpty())
        m_strip->showError(outcome.error);
    else
        m_strip->showMessage(outcome.message);
    if (outcome.batchId)
        m_batchId = outcome.batchId;
    if (!outcome.changed) {
        updateActions();
        if (outcome.error.isEmpty() && outcome.then)
            outcome.then();
        return;
    }
    refresh();
    updateActions();
    if (outcome.error.isEmpty())
        Q_EMIT ledgerChanged();
}

void PaymentsPage::retranslate()
{
    m_heading->setText(tr("Payments"));
    m_noBatches->setText(tr("No payment batches yet."),
                         tr("Payments are made from approved awards; each award is paid once. Choose the month and "
                            "create its batch (New Batch); it is paid after someone else approves it."));
    m_tabs->setTabText(0, tr("Budgets"));
    m_tabs->setTabText(1, tr("Recoveries"));
    m_month->setToolTip(tr("The month to pay: a new batch pays the approved awards up to this month."));
    const QString texts[] = {tr("&New Batch…"), tr("&Approve…"), tr("&Export for the Bank…"), tr("Mark &Sent…"),
                             tr("&Import Returns…"), tr("&Retry Failed…"), tr("Public &Notice…")};
    const QString tips[] = {
        tr("Create the month's payment batch from the approved awards not yet paid."),
        tr("Approve the selected batch (someone other than its creator)."),
        tr("Write the selected batch's bank file (CSV or .xlsx)."),
        tr("Record that the selected batch's file went to the bank."),
        tr("Apply the bank's return file to the selected sent batch."),
        tr("Pay failed payments again to corrected accounts, in a new batch for the month."),
        tr("The public notice (公示) list of the selected batch: masked names and ids, amounts, objections; export as PDF or .xlsx."),
    };
    for (int i = 0; i < m_actions.size(); ++i) {
        m_actions.at(i)->setText(texts[i]);
        m_actions.at(i)->setToolTip(QStringLiteral("%1 (%2)").arg(tips[i], m_actions.at(i)->shortcut().toString(QKeySequence::NativeText)));
    }
    if (!m_batchId)
        m_paymentsHeading->setText(tr("Choose a batch above to see its payments."));
    else
        m_paymentsHeading->setText(tr("Payments of batch %1").arg(m_batchId));
}

void PaymentsPage::showEvent(QShowEvent *event)
{
    m_shown = true;
    updateActions();
    Page::showEvent(event);
}

void PaymentsPage::hideEvent(QHideEvent *event)
{
    m_shown = false;
    updateActions();
    Page::hideEvent(event);
}

// The steps. Each reads what it names afresh, asks, then runs on the worker.

void PaymentsPage::createBatch(bool retry)
{
    const QString period = month();
    if (!retry) {
        if (!confirm(tr("Create a Payment Batch"),
                     tr("Create the payment batch for %1 from every approved award up to that month not yet paid?\n\n"
                        "A batch is never deleted; it is paid only after someone other than you approves it.").arg(period)))
            return;
        runStep(tr("Creating the payment batch for %1…").arg(period), [period](store::Database &db) { return buildBatch(db, period); });
        return;
    }
    auto figures = std::make_shared<ledger::RetryFigures>();
    m_background->run(
        [figures](store::Database &db) {
            auto f = ledger::LedgerQueries(db).retryFigures();
            if (!f)
                return domain::Status::failure(f.error());
            *figures = f.value();
            return domain::Status();
        },
        [this, figures, period](const domain::Status &status) {
            if (!status) {
                m_strip->showError(status.error());
                return;
            }
            const ledger::RetryFigures &f = *figures;
            if (f.retryableCount == 0) {
                m_strip->showMessage(f.failedCount == 0
                    ? tr("No failed payment to retry.")
                    : tr("%n failed payment(s) (%1) wait for a corrected bank account; none can be retried yet.", "",
                         int(f.failedCount)).arg(yuan(f.failedFen)));
                return;
            }
            if (!confirm(tr("Retry Failed Payments"),
                         tr("Retry %n failed payment(s) (%1 in total) to their corrected accounts in a new batch for %2?\n\n"
                            "Approved awards of the month not yet paid join the batch too.", "", int(f.retryableCount))
                             .arg(yuan(f.retryableFen), period)))
                return;
            runStep(tr("Creating the follow-up batch for %1…").arg(period), [period](store::Database &db) { return buildBatch(db, period); });
        });
}

PaymentsPage::Outcome PaymentsPage::buildBatch(store::Database &db, const QString &period)
{
    Outcome out;
    auto built = ledger::BatchBuilder(db).build(period);
    if (!built) {
        out.error = built.error();
        return out;
    }
    qint64 held = 0;
    for (qint64 n : built->holds)
        held += n;
    const QString holds = held ? tr(" %n approved award(s) are held (no bank account, over budget or awaiting a corrected account).",
                                    "", int(held)) : QString();
    if (built->batchId == 0) {
        out.message = tr("Nothing to pay for %1: every approved award is paid or in a batch.").arg(period) + holds;
        return out;
    }
    out.batchId = built->batchId;
    out.message = tr("Batch %1 for %2 created: %n payment(s), %3 in total", "", int(built->paymentCount))
                      .arg(built->batchId).arg(period, yuan(built->totalFen))
                  + (built->retries ? tr(" (%n retried)", "", int(built->retries)) : QString())
                  + tr(". It needs %n approval(s) by someone other than its creator.", "", built->approvalsRequired)
                  + holds;
    return out;
}

void PaymentsPage::approveBatch()
{
    withBatch(m_batchId, [this](const ledger::BatchSummary &b) {
        if (b.status != QLatin1String("created")) {
            m_strip->showError(tr("Batch %1 is %2: only a created batch can be approved.").arg(b.id).arg(b.status));
            return;
        }
        if (!confirm(tr("Approve the Batch"),
                     tr("Approve %1?\n\nOnce approved (by the approvers it needs) the batch can be exported for the bank.")
                         .arg(batchWords(b))))
            return;
        const qint64 id = b.id;
        runStep(tr("Approving batch %1…").arg(id), [id](store::Database &db) {
            Outcome out;
            out.batchId = id;
            auto r = ledger::BatchApproval(db).approve(id);
            if (!r)
                out.error = r.error();
            else if (r->status == QLatin1String("approved"))
                out.message = tr("Batch %1 approved: it can be exported for the bank.").arg(id);
            else
                out.message = tr("First approval of batch %1 given: its total needs a second, different approver.").arg(id);
            return out;
        });
    });
}

void PaymentsPage::exportBatch()
{
    withBatch(m_batchId, [this](const ledger::BatchSummary &b) {
        const QString suggested = QDir::home().filePath(QStringLiteral("batch-%1-%2.csv").arg(b.id).arg(b.period));
        const QString path = m_chooseFile(FileQuestion::ExportBatch, suggested);
        if (path.isEmpty())
            return;
        if (b.status == QLatin1String("approved")
            && !confirm(tr("Export the Batch"),
                        tr("Export %1 to %2?\n\nThe batch becomes exported: it can no longer be changed, only sent to the bank.")
                            .arg(batchWords(b), QDir::toNativeSeparators(path))))
            return;
        const qint64 id = b.id;
        runStep(tr("Writing the bank file of batch %1…").arg(id), [id, path](store::Database &db) {
            Outcome out;
            out.batchId = id;
            auto r = ledger::BatchDispatch(db).exportTo(id, path);
            if (!r)
                out.error = r.error();
            else
                out.message = tr("Batch %1 exported to %2 (checksum %3…).").arg(id).arg(QDir::toNativeSeparators(path), r->left(12));
            return out;
        });
    });
}

void PaymentsPage::markSent()
{
    withBatch(m_batchId, [this](const ledger::BatchSummary &b) {
        if (!confirm(tr("Mark the Batch Sent"),
                     tr("Mark %1 as sent to the bank?\n\nDo this once the file has gone to the bank; it cannot be undone.")
                         .arg(batchWords(b))))
            return;
        const qint64 id = b.id;
        runStep(tr("Marking batch %1 sent…").arg(id), [id](store::Database &db) {
            Outcome out;
            out.batchId = id;
            if (auto s = ledger::BatchDispatch(db).markSent(id); !s)
                out.error = s.error();
            else
                out.message = tr("Batch %1 is sent: apply the bank's return file when it arrives.").arg(id);
            return out;
        });
    });
}

void PaymentsPage::importReturns()
{
    withBatch(m_batchId, [this](const ledger::BatchSummary &b) {
        const QString path = m_chooseFile(FileQuestion::ReturnFile, QDir::homePath());
        if (path.isEmpty())
            return;
        // The file is checked whole first (on the worker); the confirmation
        // then says what it would do.
        const QString batch = batchWords(b);
        runStep(tr("Checking the return file %1…").arg(QFileInfo(path).fileName()), [this, path, batch](store::Database &db) {
            Outcome out;
            out.changed = false;
            ledger::ReturnFileReader reader(db);
            auto r = reader.checkFile(path);
            if (!r) {
                out.error = r.error();
                return out;
            }
            const ReturnsPreview summary{r->batchId, r->paidCount, r->paidFen, r->failedCount, r->failedFen};
            out.message = tr("The return file %1 is valid.").arg(QFileInfo(path).fileName());
            out.then = [this, path, batch, summary] { applyReturns(path, batch, summary); };
            return out;
        });
    });
}

void PaymentsPage::applyReturns(const QString &path, const QString &batch, const ReturnsPreview &summary)
{
    if (summary.batchId != m_batchId
        && !confirm(tr("Apply the Bank's Return File"),
                    tr("%1 is the return file of batch %2, not of the batch selected. Apply it to batch %2?")
                        .arg(QFileInfo(path).fileName())
                        .arg(summary.batchId)))
        return;
    const QString paid = tr("%n payment(s) become paid (%1)", "", int(summary.paidCount)).arg(yuan(summary.paidFen));
    const QString failed = tr("%n fail (%1)", "", int(summary.failedCount)).arg(yuan(summary.failedFen));
    if (!confirm(tr("Apply the Bank's Return File"),
                 tr("Apply %1 to %2?\n\n%3 and %4; this cannot be undone.")
                     .arg(QFileInfo(path).fileName(), summary.batchId == m_batchId ? batch : tr("batch %1").arg(summary.batchId),
                          paid, failed)))
        return;
    const qint64 id = summary.batchId;
    runStep(tr("Applying the return file %1…").arg(QFileInfo(path).fileName()), [id, path](store::Database &db) {
        Outcome out;
        out.batchId = id;
        ledger::ReturnFileReader reader(db);
        auto r = reader.importFile(path);
        if (!r) {
            QStringList lines{r.error()};
            for (const auto &p : reader.problems())
                lines << tr("line %1: %2").arg(p.line).arg(p.reason);
            out.error = lines.join(u'\n');
            return out;
        }
        out.batchId = r->batchId;
        out.message = tr("Return file applied to batch %1: %2 paid (%3), %4 failed (%5).")
                          .arg(r->batchId).arg(r->paidCount).arg(yuan(r->paidFen)).arg(r->failedCount).arg(yuan(r->failedFen))
                      + (r->reconciled ? tr(" The batch is reconciled.") : QString());
        return out;
    });
}

void PaymentsPage::proposeRecoveries()
{
    runStep(tr("Looking for paid payments to recover…"), [](store::Database &db) {
        Outcome out;
        auto r = ledger::RecoveryService(db).propose();
        if (!r)
            out.error = r.error();
        else
            out.message = tr("%n new recovery order(s) proposed.", "", int(r.value()));
        return out;
    });
}

void PaymentsPage::confirmRecovery(qint64 id)
{
    const ledger::Recovery *r = m_recoveries->selected();
    if (!r || r->id != id)
        return;
    if (!confirm(tr("Confirm the Recovery Order"),
                 tr("Confirm recovery order %1: %2 from %3 (%4, %5) because of %6?\n\nA confirmed order is then settled or written off.")
                     .arg(id).arg(yuan(r->amountFen), itemmodels::SensitiveMask::idNumber(r->subjectId), r->policyCode,
                                  r->period, RecoveryPanel::reasonText(r->reason))))
        return;
    runStep(tr("Confirming recovery order %1…").arg(id), [id](store::Database &db) {
        Outcome out;
        if (auto s = ledger::RecoveryService(db).confirm(id); !s)
            out.error = s.error();
        else
            out.message = tr("Recovery order %1 confirmed.").arg(id);
        return out;
    });
}

void PaymentsPage::settleRecovery(qint64 id, bool writeOff)
{
    const ledger::Recovery *r = m_recoveries->selected();
    if (!r || r->id != id)
        return;
    const auto note = m_askNote(writeOff ? tr("Write Off the Recovery") : tr("Recovery Settled"),
                                writeOff ? tr("Why is the money not recovered (required)?") : tr("Note (optional):"));
    if (!note)
        return;
    if (writeOff && note->trimmed().isEmpty()) {
        m_strip->showError(tr("A write-off needs a note saying why the money is not recovered."));
        return;
    }
    const QString amount = yuan(r->amountFen);
    if (!confirm(writeOff ? tr("Write Off the Recovery") : tr("Recovery Settled"),
                 (writeOff ? tr("Write off recovery order %1 (%2)? The money is not recovered; this cannot be undone.")
                           : tr("Record recovery order %1 (%2) as settled: the money came back? This cannot be undone."))
                     .arg(id).arg(amount)))
        return;
    const QString text = note->trimmed();
    runStep(tr("Recording recovery order %1…").arg(id), [id, writeOff, text](store::Database &db) {
        Outcome out;
        ledger::RecoveryService service(db);
        if (auto s = writeOff ? service.writeOff(id, text) : service.settle(id, text); !s)
            out.error = s.error();
        else
            out.message = writeOff ? tr("Recovery order %1 written off.").arg(id) : tr("Recovery order %1 settled.").arg(id);
        return out;
    });
}

} // namespace mianshen::ui
