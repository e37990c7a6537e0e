#include "ui/pages/DataPage.h"

#include "catalog/FeedCatalog.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/TableSource.h"
#include "staff/PersonalData.h"
#include "store/Database.h"
#include "ui/FileDialog.h"
#include "feeds/ImportMessage.h"
#include "ui/ImportPreviewDialog.h"
#include "ui/ImportRunner.h"
#include "ui/JobRunner.h"
#include "ui/MessageBox.h"
#include "ui/Settings.h"
#include "ui/TableBrowser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mianshen::ui {

DataPage::DataPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_heading = createHeading();
    top->addWidget(m_heading, 1);
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importFiles"));
    m_refreshButton = new QPushButton(this);
    top->addWidget(m_importButton);
    top->addWidget(m_refreshButton);
    layout->addLayout(top);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_feeds = new QTableView(m_splitter);
    m_feeds->setObjectName(QStringLiteral("feedSummary"));
    m_summary = new itemmodels::FeedSummaryModel(this);
    m_feeds->setModel(m_summary);
    m_feeds->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_feeds->setSelectionMode(QAbstractItemView::SingleSelection);
    m_feeds->verticalHeader()->hide();
    m_feeds->setAlternatingRowColors(true);
    m_feeds->horizontalHeader()->setStretchLastSection(true);
    m_feeds->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs = new QTabWidget(m_splitter);
    m_rows = new TableBrowser(m_tabs);
    m_history = new TableBrowser(m_tabs);
    m_problemsPane = new QWidget(m_tabs);
    auto *problemsLayout = new QVBoxLayout(m_problemsPane);
    auto *problemsTop = new QHBoxLayout;
    m_problemsLabel = new QLabel(m_problemsPane);
    m_problemsLabel->setWordWrap(true);
    m_saveProblems = new QPushButton(m_problemsPane);
    m_saveProblems->setObjectName(QStringLiteral("saveProblems"));
    problemsTop->addWidget(m_problemsLabel, 1);
    problemsTop->addWidget(m_saveProblems);
    problemsLayout->addLayout(problemsTop);
    m_problems = new TableBrowser(m_problemsPane);
    problemsLayout->addWidget(m_problems, 1);
    m_tabs->addTab(m_rows, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_problemsPane, QString());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);
    Settings::instance().rememberSplitter(m_splitter, Settings::Key::DataSplitter);

    connect(m_importButton, &QPushButton::clicked, this, &DataPage::chooseFiles);
    connect(m_refreshButton, &QPushButton::clicked, this, &DataPage::refresh);
    connect(m_saveProblems, &QPushButton::clicked, this, &DataPage::saveProblems);
    // Roles (docs/roles.md): showing personal data needs the role and is recorded.
    connect(m_rows, &TableBrowser::maskingChanged, this, [this](bool masked) {
        if (masked || !m_db)
            return;
        if (const auto s = staff::revealPersonalData(*m_db, QStringLiteral("data.rows")); !s) {
            m_rows->setMasked(true);
            MessageBox::warning(this, tr("Personal data stays masked"), s.error());
        }
    });
    m_csvJob = new JobRunner(this);
    connect(m_feeds->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DataPage::feedSelected);
    connect(m_history->view(), &QAbstractItemView::activated, this, &DataPage::historySelected);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const auto result = m_watcher.result();
        if (m_readGeneration != m_databaseGeneration) {
            // Read from a database since closed: drop it, read the current one.
            m_reading = false;
            m_again = false;
            refresh();
            return;
        }
        if (result) {
            m_summary->setLines(result.value());
            if (!m_currentFeed.isEmpty()) {
                for (int row = 0; row < m_summary->rowCount(); ++row) {
                    if (m_summary->feedAt(row) == m_currentFeed)
                        m_feeds->selectRow(row);
                }
            }
        } else {
            m_summary->setLines({});
            m_heading->setText(tr("The feeds could not be read: %1").arg(result.error()));
        }
        m_reading = false;
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
    retranslate();
    refresh();
}

DataPage::~DataPage()
{
    m_import.reset();
    m_watcher.waitForFinished();
}

QString DataPage::title() const
{
    return tr("Data");
}

void DataPage::retranslate()
{
    // One language at a time: the problems' reasons in the window's language only.
    if (auto *problems = m_problems->model()) {
        const bool chinese = QLocale().language() == QLocale::Chinese;
        const int zh = problems->source().columnIndex(QStringLiteral("reason_zh"));
        const int en = problems->source().columnIndex(QStringLiteral("reason_en"));
        if (zh >= 0 && en >= 0) {
            m_problems->view()->setColumnHidden(zh, !chinese);
            m_problems->view()->setColumnHidden(en, chinese);
        }
    }
    m_heading->setText(tr("Data feeds from the departments"));
    m_importButton->setText(tr("&Import Files…"));
    m_importButton->setToolTip(tr("Import CSV deliveries; you can also drop files onto the window."));
    m_refreshButton->setText(tr("Refresh"));
    m_tabs->setTabText(RowsTab, tr("Rows"));
    m_tabs->setTabText(HistoryTab, tr("Import history"));
    m_tabs->setTabText(ProblemsTab, tr("Problems found"));
    m_saveProblems->setText(tr("Save as CSV…"));
    if (m_problemsImport < 0)
        m_problemsLabel->setText(tr("Open an import in the history (double-click) to see the problems it found."));
    else
        m_problemsLabel->setText(tr("Problems found by import no. %1").arg(m_problemsImport));
    m_summary->retranslate();
}

void DataPage::setDatabase(store::Database *db)
{
    m_import.reset(); // an import into the previous database is cancelled and waited for
    ++m_databaseGeneration;
    m_db = db;
    m_summary->setLines({}); // nothing of the previous database stays on screen
    m_currentFeed.clear();
    m_problemsImport = -1;
    m_rows->setModel(nullptr);
    m_problems->setModel(nullptr);
    m_history->setModel(nullptr);
    m_importButton->setEnabled(db != nullptr);
    retranslate();
    refresh();
}

void DataPage::clear()
{
    ++m_databaseGeneration;
    m_summary->setLines({});
    m_currentFeed.clear();
    m_problemsImport = -1;
    m_rows->setModel(nullptr);
    m_problems->setModel(nullptr);
    m_history->setModel(nullptr);
    retranslate();
}

void DataPage::refresh()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    if (!m_db) {
        m_summary->setLines({});
        return;
    }
    const store::ConnectionSpec spec = m_db->spec();
    m_reading = true;
    m_readGeneration = m_databaseGeneration;
    m_watcher.setFuture(QtConcurrent::run([spec] { return itemmodels::FeedSummaryModel::read(spec); }));

    if (auto history = itemmodels::TableSource::fromDatabase(*m_db, QStringLiteral("import_history"))) {
        auto model = std::make_unique<itemmodels::PagedTableModel>(m_db->spec(), std::move(history).value());
        model->sort(model->source().columnIndex(QStringLiteral("id")), Qt::DescendingOrder);
        // The message in the reader's language from its code and arguments
        // (rows written before codes were stored show their text).
        const int message = model->source().columnIndex(QStringLiteral("message"));
        const int code = model->source().columnIndex(QStringLiteral("message_code"));
        const int args = model->source().columnIndex(QStringLiteral("message_args"));
        if (message >= 0 && code >= 0 && args >= 0)
            model->setRowDisplay(message, [message, code, args](const QVariantList &row) {
                return feeds::ImportMessage::render(row.value(code).toString(), row.value(args).toString(),
                                                    row.value(message).toString());
            });
        m_history->setModel(std::move(model));
    }
    if (m_rows->model())
        m_rows->model()->refresh();
    if (m_problems->model())
        m_problems->model()->refresh();
}

void DataPage::feedSelected()
{
    const QString feed = m_summary->feedAt(m_feeds->currentIndex().row());
    if (!feed.isEmpty() && feed != m_currentFeed)
        browseFeed(feed);
}

void DataPage::browseFeed(const QString &feedName)
{
    if (!m_db)
        return;
    const catalog::Feed *feed = catalog::FeedCatalog::builtin().feed(feedName);
    if (!feed)
        return;
    m_currentFeed = feedName;
    m_rows->setModel(std::make_unique<itemmodels::PagedTableModel>(m_db->spec(), itemmodels::TableSource::fromFeed(*feed)));
    m_tabs->setCurrentIndex(RowsTab);
}

void DataPage::historySelected()
{
    auto *model = m_history->model();
    if (!model)
        return;
    const int idColumn = model->source().columnIndex(QStringLiteral("id"));
    const QModelIndex index = m_history->view()->currentIndex();
    if (!index.isValid() || idColumn < 0)
        return;
    showProblems(model->index(index.row(), idColumn).data(itemmodels::PagedTableModel::RawValueRole).toLongLong());
}

void DataPage::showProblems(qint64 importId)
{
    if (!m_db)
        return;
    auto source = itemmodels::TableSource::fromDatabase(*m_db, QStringLiteral("import_problems"));
    if (!source)
        return;
    auto model = std::make_unique<itemmodels::PagedTableModel>(m_db->spec(), std::move(source).value());
    const int importColumn = model->source().columnIndex(QStringLiteral("import_id"));
    if (importColumn >= 0)
        (void)model->setFilter(importColumn, QStringLiteral("=") + QString::number(importId)); // "=<number>" always parses
    model->sort(model->source().columnIndex(QStringLiteral("line")), Qt::AscendingOrder);
    m_problems->setModel(std::move(model));
    m_problemsImport = importId;
    retranslate();
    m_tabs->setCurrentIndex(ProblemsTab);
}

void DataPage::saveProblems()
{
    if (!m_problems->model())
        return;
    const QString file = FileDialog::saveFile(
        this, tr("Save the Problems as CSV"),
        QDir::home().filePath(QStringLiteral("import_%1_problems.csv").arg(m_problemsImport)),
        tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        saveProblemsTo(file);
}

bool DataPage::saveProblemsTo(const QString &file)
{
    auto *model = m_problems->model();
    if (!model || m_csvJob->isRunning())
        return false;
    auto write = model->csvExport();
    m_saveProblems->setEnabled(false);
    m_problemsLabel->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(file)));
    return m_csvJob->start<domain::Status>(
        [write, file](JobControl &control) { return write(file, &control.cancel); },
        [this](domain::Status status) {
            m_saveProblems->setEnabled(true);
            retranslate();
            if (!status)
                MessageBox::critical(this, tr("Cannot save"), status.error());
            Q_EMIT problemsSaved(status.ok());
        });
}

bool DataPage::isSavingProblems() const
{
    return m_csvJob->isRunning();
}

void DataPage::chooseFiles()
{
    Settings &settings = Settings::instance();
    QString folder = settings.value(Settings::Key::LastImportFolder).toString();
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QStringList files = FileDialog::openFiles(this, tr("Choose Data Files to Import"), folder,
                                                            tr("CSV files (*.csv);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(Settings::Key::LastImportFolder, QFileInfo(files.constFirst()).absolutePath());
    importFiles(files);
}

void DataPage::importFiles(const QStringList &files)
{
    if (!m_db) {
        MessageBox::warning(this, tr("No database"), tr("Open a database first: the files are imported into it."));
        return;
    }
    ImportPreviewDialog preview(files, this);
    preview.countChanges(m_db->spec());
    if (preview.exec() != QDialog::Accepted)
        return;
    startImport(preview.recognisedFiles(), preview.quarantine());
}

bool DataPage::isImporting() const
{
    return m_import && m_import->isRunning();
}

bool DataPage::startImport(const QStringList &files, bool quarantine, bool acceptLargeChange)
{
    if (!m_db || files.isEmpty() || isImporting())
        return false;
    if (m_import)
        m_import.release()->deleteLater(); // done; may be the sender of the signal being handled
    m_import = std::make_unique<ImportRunner>(*m_db, this);
    connect(m_import.get(), &ImportRunner::finished, this, &DataPage::importDone);
    m_importButton->setEnabled(false);
    m_quarantine = quarantine;
    if (!m_import->start(files, quarantine, acceptLargeChange)) {
        m_import.reset();
        m_importButton->setEnabled(true);
        return false;
    }
    return true;
}

void DataPage::importDone()
{
    const ImportRunner::Summary summary = m_import->summary();
    m_importButton->setEnabled(m_db != nullptr);
    refresh();
    if (summary.imported > 0)
        Q_EMIT dataChanged();
    if (summary.lastImportWithProblems > 0)
        showProblems(summary.lastImportWithProblems);
    else
        m_tabs->setCurrentIndex(HistoryTab);
    if (!summary.held.isEmpty()) {
        // The quality gate held deliveries: the person confirms, once, or not.
        const bool confirmed = MessageBox::question(
                                   this, tr("Confirm a large change"),
                                   summary.message + QStringLiteral("\n\n")
                                       + tr("%n delivery(ies) would delete or change more of a register than usual, or "
                                            "refer to far more subjects in no registry than the last delivery. A "
                                            "truncated or wrong file would wipe or rewrite those rows. Import anyway?", "",
                                            int(summary.held.size())),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                               == QMessageBox::Yes;
        Q_EMIT importFinished(summary.imported);
        if (confirmed)
            startImport(summary.held, m_quarantine, true);
        return;
    }
    if (!summary.message.isEmpty())
        MessageBox::information(this, tr("Import finished"), summary.message);
    Q_EMIT importFinished(summary.imported);
}

} // namespace mianshen::ui
