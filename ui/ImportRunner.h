#pragma once

#include "feeds/ImportReport.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>

class QWidget;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

// Imports files with the feeds Importer on a worker thread (over its own
// connection, opened there with openAnother()), while a progress dialog
// shows the file, rows read and rows per second, and offers Cancel. Each
// file is imported whole or not at all: Cancel stops the current file,
// leaving nothing of it imported, and skips the files not yet started.
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
        QList<feeds::ImportReport> reports;
        QString message; // for people, in the current language
    };

    ImportRunner(const store::Database &db, QWidget *dialogParent);

    // Runs the imports (registries first) and returns when all are done or
    // cancelled; the event loop keeps running meanwhile.
    Summary run(const QStringList &files, bool quarantine = false);
    // Cancels from outside (tests): as if Cancel was pressed.
    void cancel() { m_cancel = true; }

private:
    const store::Database &m_db;
    QWidget *m_parent;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_rows{0};
    std::atomic<qint64> m_bytes{0};
    std::atomic<qint64> m_totalBytes{0};
    std::atomic<int> m_fileIndex{0};
};

} // namespace mianshen::ui
