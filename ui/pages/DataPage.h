#pragma once

#include "itemmodels/FeedSummaryModel.h"
#include "ui/pages/Page.h"

#include <QFutureWatcher>
#include <QStringList>

#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace mianshen::ui {

class ImportRunner;
class JobRunner;
class TableBrowser;

// The Data page: every feed with its row count and last import; import of
// several files at once (with the feed recognised before, progress in rows
// per second and Cancel); import history and each import's problems
// (sortable, filterable, saved as CSV); a browser of any feed's rows.
class DataPage final : public Page
{
    Q_OBJECT
public:
    enum Tab { RowsTab, HistoryTab, ProblemsTab };

    explicit DataPage(QWidget *parent = nullptr);
    ~DataPage() override;

    QString title() const override;
    void setDatabase(store::Database *db) override;
    void refresh() override;
    void clear() override;

    // Shows the preview and imports the recognised files (file dialog and
    // drag and drop both end here).
    void importFiles(const QStringList &files);
    // Starts importing without the preview; returns at once (false when no
    // database, no file or an import is running). importFinished() follows.
    // acceptLargeChange: the person confirmed large deletions (see the
    // quality gate in docs/feeds.md); a held delivery is offered again so.
    bool startImport(const QStringList &files, bool quarantine = false, bool acceptLargeChange = false);
    bool isImporting() const;
    ImportRunner *importRunner() const { return m_import.get(); }
    // Writes the problems shown to `file` as CSV on a worker thread;
    // problemsSaved() follows.
    bool saveProblemsTo(const QString &file);
    bool isSavingProblems() const;

    itemmodels::FeedSummaryModel *summaryModel() const { return m_summary; }
    // True from the start of a read until its rows are shown.
    bool isReadingSummary() const { return m_reading; }
    // Shows a feed's rows in the browser.
    void browseFeed(const QString &feed);
    // Shows the problems of an import (import_history id).
    void showProblems(qint64 importId);
    TableBrowser *feedBrowser() const { return m_rows; }
    TableBrowser *historyBrowser() const { return m_history; }
    TableBrowser *problemsBrowser() const { return m_problems; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // Rows were imported: other pages may refresh.
    void dataChanged();
    // An import started by startImport() / importFiles() is over.
    void importFinished(int imported);
    // The problems CSV is written (ok) or could not be (the message was shown).
    void problemsSaved(bool ok);

protected:
    void retranslate() override;

private:
    void chooseFiles();
    void saveProblems();
    void feedSelected();
    void historySelected();
    void importDone();

    store::Database *m_db = nullptr;
    QString m_currentFeed;
    qint64 m_problemsImport = -1;
    QLabel *m_heading = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_feeds = nullptr;
    itemmodels::FeedSummaryModel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    TableBrowser *m_rows = nullptr;
    TableBrowser *m_history = nullptr;
    QWidget *m_problemsPane = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QPushButton *m_saveProblems = nullptr;
    TableBrowser *m_problems = nullptr;
    QFutureWatcher<domain::Result<QList<itemmodels::FeedSummaryModel::Line>>> m_watcher;
    std::unique_ptr<ImportRunner> m_import;
    JobRunner *m_csvJob = nullptr;
    bool m_again = false;
    quint64 m_databaseGeneration = 0; // a summary read from an earlier database is dropped
    quint64 m_readGeneration = 0;
    bool m_quarantine = false; // of the import running
    bool m_reading = false;
};

} // namespace mianshen::ui
