#include "ImportRunner.h"

#include "feeds/Importer.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace mianshen::ui {

ImportRunner::ImportRunner(const store::Database &db, QWidget *dialogParent)
    : m_db(db)
    , m_parent(dialogParent)
{
}

ImportRunner::Summary ImportRunner::run(const QStringList &files, bool quarantine)
{
    Summary summary;
    const QStringList ordered = feeds::Importer::importOrder(files);
    if (ordered.isEmpty())
        return summary;
    m_cancel = false;

    QProgressDialog progress(m_parent);
    progress.setObjectName(QStringLiteral("ImportProgress"));
    progress.setWindowTitle(tr("Importing"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setRange(0, 1000);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setCancelButtonText(tr("Cancel"));
    progress.setMinimumWidth(460);
    connect(&progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    const store::Database *db = &m_db;
    QElapsedTimer clock;
    clock.start();
    QFutureWatcher<QList<feeds::ImportReport>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([this, db, ordered, quarantine] {
        QList<feeds::ImportReport> reports;
        auto own = db->openAnother();
        if (!own) {
            feeds::ImportReport failed;
            failed.result = feeds::ImportReport::Result::Rejected;
            failed.filePath = ordered.constFirst();
            failed.message = own.error();
            failed.messageZh = own.error();
            reports << failed;
            return reports;
        }
        feeds::Importer importer(*own.value());
        feeds::ImportOptions options;
        options.quarantine = quarantine;
        for (int i = 0; i < ordered.size(); ++i) {
            if (m_cancel)
                break;
            m_fileIndex = i;
            m_rows = 0;
            m_bytes = 0;
            m_totalBytes = QFileInfo(ordered.at(i)).size();
            reports << importer.import(ordered.at(i), options, [this](const feeds::ImportProgress &p) {
                m_rows = p.rows;
                m_bytes = p.bytes;
                m_totalBytes = p.totalBytes;
            }, &m_cancel);
        }
        return reports;
    }));

    int shownIndex = 0;
    QElapsedTimer fileClock; // rows per second of the file being imported
    fileClock.start();
    QTimer tick;
    tick.setInterval(200);
    connect(&tick, &QTimer::timeout, this, [&] {
        const int index = m_fileIndex;
        if (index != shownIndex) {
            shownIndex = index;
            fileClock.restart();
        }
        const qint64 total = m_totalBytes;
        const qint64 rows = m_rows;
        const double seconds = fileClock.elapsed() / 1000.0;
        progress.setValue(total > 0 ? int(1000 * m_bytes / total) : 0);
        const QLocale locale;
        const QString rate = seconds > 0.2 ? locale.toString(qint64(rows / seconds)) : QStringLiteral("—");
        progress.setLabelText(tr("Importing %1 (file %2 of %3)\n%4 rows read, %5 rows per second")
                                  .arg(QFileInfo(ordered.value(index)).fileName())
                                  .arg(index + 1)
                                  .arg(ordered.size())
                                  .arg(locale.toString(rows), rate));
        if (m_cancel)
            progress.setLabelText(tr("Cancelling: the file being imported is rolled back…"));
    });
    tick.start();
    loop.exec();
    tick.stop();
    progress.close();
    summary.seconds = clock.elapsed() / 1000.0;
    summary.reports = watcher.result();

    const bool chinese = QLocale().language() == QLocale::Chinese;
    QStringList lines;
    for (const feeds::ImportReport &report : summary.reports) {
        switch (report.result) {
        case feeds::ImportReport::Result::Imported: ++summary.imported; summary.rows += report.rowsRead; break;
        case feeds::ImportReport::Result::Rejected: ++summary.rejected; break;
        case feeds::ImportReport::Result::Skipped: ++summary.skipped; break;
        case feeds::ImportReport::Result::Cancelled: ++summary.cancelled; break;
        }
        if (report.importId > 0 && (report.errorCount > 0 || report.warningCount > 0))
            summary.lastImportWithProblems = report.importId;
        lines << QFileInfo(report.filePath).fileName() + QStringLiteral(": ")
                     + (chinese && !report.messageZh.isEmpty() ? report.messageZh : report.message);
    }
    const int notStarted = int(ordered.size() - summary.reports.size());
    QString head = tr("%n file(s) imported", "", summary.imported);
    if (summary.rejected)
        head += QStringLiteral("; ") + tr("%n rejected (nothing of them imported)", "", summary.rejected);
    if (summary.skipped)
        head += QStringLiteral("; ") + tr("%n skipped (already imported before)", "", summary.skipped);
    if (summary.cancelled || notStarted)
        head += QStringLiteral("; ") + tr("%n cancelled (nothing of them imported)", "", summary.cancelled + notStarted);
    if (summary.imported && summary.seconds > 0)
        head += QStringLiteral(".\n") + tr("%1 rows in %2 s (%3 rows per second).")
                                            .arg(QLocale().toString(summary.rows))
                                            .arg(summary.seconds, 0, 'f', 1)
                                            .arg(QLocale().toString(qint64(summary.rows / summary.seconds)));
    summary.message = head + QStringLiteral("\n\n") + lines.join(u'\n');
    return summary;
}

} // namespace mianshen::ui
