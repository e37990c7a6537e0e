#pragma once

#include "feeds/ImportReport.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QElapsedTimer;
#include <QProgressDialog>
class QWidget;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

class JobRunner;

// Imports files with the feeds Importer on a worker thread (a JobRunner,
// over its own connection), while a window-modal progress dialog shows the
// file, rows read and rows per second, and offers Cancel. Each file is
// imported whole or not at all: Cancel stops the current file, leaving
// nothing of it imported, and skips the files not yet started.
// start() returns at once; finished() comes once with summary() filled.
class ImportRunner final : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int imported = 0;
        int rejected = 0;
        int skipped = 0;
        int cancelled = 0;
        qint64 rows = 0;
        double seconds = 0;
        qint64 lastImportWithProblems = 0; // import_history id, 0 if none
        QStringList held; // files held by the quality gate (a large change to confirm)
        QList<feeds::ImportReport> reports;
        QString message; // for people, in the current language
    };

    ImportRunner(const store::Database &db, QWidget *dialogParent);
    ~ImportRunner() override; // cancels and waits for a running import

    // Starts the imports (registries first); false when nothing to import or
    // one is running.
    // acceptLargeChange: a person confirmed that large deletions are right.
    bool start(const QStringList &files, bool quarantine = false, bool acceptLargeChange = false);
    bool isRunning() const;
    // Cancels from outside (tests): as if Cancel was pressed.
    void cancel();
    const Summary &summary() const { return m_summary; }
    // The progress dialog while running (tests click its Cancel button).
    QProgressDialog *progressDialog() const { return m_dialog; }

Q_SIGNALS:
    void finished();

private:
    void showProgress();
    void summarise(QList<feeds::ImportReport> reports, int fileCount);

    const store::Database &m_db;
    QPointer<QWidget> m_parent;
    JobRunner *m_job = nullptr;
    QPointer<QProgressDialog> m_dialog;
    QStringList m_files;
    int m_shownIndex = -1;
    std::unique_ptr<QElapsedTimer> m_clock;
    std::unique_ptr<QElapsedTimer> m_fileClock;
    Summary m_summary;
};

} // namespace mianshen::ui
