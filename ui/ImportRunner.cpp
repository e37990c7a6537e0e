#include "ImportRunner.h"

#include "JobRunner.h"
#include "feeds/ImportMessage.h"
#include "feeds/Importer.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>

namespace mianshen::ui {

namespace {

QList<feeds::ImportReport> importFiles(const store::ConnectionSpec &spec, const QStringList &ordered,
                                       const feeds::ImportOptions &options, JobControl &control)
{
    QList<feeds::ImportReport> reports;
    auto own = store::Database::open(spec);
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
    for (int i = 0; i < ordered.size(); ++i) {
        if (control.cancel)
            break;
        control.step = i;
        control.done = 0;
        control.items = 0;
        control.total = QFileInfo(ordered.at(i)).size();
        reports << importer.import(ordered.at(i), options, [&control](const feeds::ImportProgress &p) {
            control.items = p.rows;
            control.done = p.bytes;
            control.total = p.totalBytes;
        }, &control.cancel);
    }
    return reports;
}

} // namespace

ImportRunner::ImportRunner(const store::Database &db, QWidget *dialogParent)
    : m_db(db)
    , m_parent(dialogParent)
    , m_job(new JobRunner(this))
    , m_clock(std::make_unique<QElapsedTimer>())
    , m_fileClock(std::make_unique<QElapsedTimer>())
{
    connect(m_job, &JobRunner::progress, this, &ImportRunner::showProgress);
}

ImportRunner::~ImportRunner()
{
    delete m_job; // cancels and waits, before the dialog goes
    delete m_dialog;
}

bool ImportRunner::isRunning() const
{
    return m_job->isRunning();
}

void ImportRunner::cancel()
{
    m_job->cancel();
}

bool ImportRunner::start(const QStringList &files, bool quarantine, bool acceptLargeChange)
{
    const QStringList ordered = feeds::Importer::importOrder(files);
    if (ordered.isEmpty() || m_job->isRunning())
        return false;
    m_files = ordered;
    m_summary = Summary();
    m_shownIndex = -1;

    delete m_dialog;
    m_dialog = new QProgressDialog(m_parent);
    m_dialog->setObjectName(QStringLiteral("ImportProgress"));
    m_dialog->setWindowTitle(tr("Importing"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setRange(0, 1000);
    m_dialog->setValue(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setMinimumWidth(460);
    connect(m_dialog, &QProgressDialog::canceled, m_job, &JobRunner::cancel);

    m_clock->start();
    m_fileClock->start();
    const store::ConnectionSpec spec = m_db.spec();
    const int fileCount = int(ordered.size());
    feeds::ImportOptions options;
    options.quarantine = quarantine;
    options.acceptLargeChange = acceptLargeChange;
    return m_job->start<QList<feeds::ImportReport>>(
        [spec, ordered, options](JobControl &control) { return importFiles(spec, ordered, options, control); },
        [this, fileCount](QList<feeds::ImportReport> reports) {
            if (m_dialog)
                m_dialog->close();
            summarise(std::move(reports), fileCount);
            Q_EMIT finished();
        });
}

void ImportRunner::showProgress()
{
    if (!m_dialog || !m_job->isRunning())
        return;
    const JobControl &control = m_job->control();
    const int index = control.step;
    if (index != m_shownIndex) {
        m_shownIndex = index;
        m_fileClock->restart();
    }
    const qint64 total = control.total;
    const qint64 rows = control.items;
    const double seconds = m_fileClock->elapsed() / 1000.0;
    m_dialog->setValue(total > 0 ? int(1000 * control.done / total) : 0);
    const QLocale locale;
    const QString rate = seconds > 0.2 ? locale.toString(qint64(rows / seconds)) : QStringLiteral("—");
    const int rowsRead = int(qMin<qint64>(qint64(rows), INT_MAX));
    if (control.cancel)
        m_dialog->setLabelText(tr("Cancelling: the file being imported is rolled back…"));
    else
        m_dialog->setLabelText(tr("Importing %1 (file %2 of %3)\n%Ln row(s) read, %4 rows per second", "", rowsRead)
                                   .arg(QFileInfo(m_files.value(index)).fileName())
                                   .arg(index + 1)
                                   .arg(m_files.size())
                                   .arg(rate));
}

void ImportRunner::summarise(QList<feeds::ImportReport> reports, int fileCount)
{
    Summary &summary = m_summary;
    summary.seconds = m_clock->elapsed() / 1000.0;
    summary.reports = std::move(reports);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QStringList lines;
    for (const feeds::ImportReport &report : std::as_const(summary.reports)) {
        switch (report.result) {
        case feeds::ImportReport::Result::Imported: ++summary.imported; summary.rows += report.rowsRead; break;
        case feeds::ImportReport::Result::Rejected: ++summary.rejected; break;
        case feeds::ImportReport::Result::Skipped: ++summary.skipped; break;
        case feeds::ImportReport::Result::Cancelled: ++summary.cancelled; break;
        }
        if (report.held)
            summary.held << report.filePath;
        if (report.importId > 0 && (report.errorCount > 0 || report.warningCount > 0))
            summary.lastImportWithProblems = report.importId;
        // In the reader's language from the message's code (the history-write
        // failure included); the stored text when there is no code.
        lines << QFileInfo(report.filePath).fileName() + QStringLiteral(": ")
                     + (report.messageCode.isEmpty() && chinese && !report.messageZh.isEmpty()
                            ? report.messageZh
                            : feeds::ImportMessage::render(report));
    }
    const int notStarted = int(fileCount - summary.reports.size());
    QString head = tr("%n file(s) imported", "", summary.imported);
    if (summary.rejected > summary.held.size())
        head += QStringLiteral("; ") + tr("%n rejected (nothing of them imported)", "", int(summary.rejected - summary.held.size()));
    if (!summary.held.isEmpty())
        head += QStringLiteral("; ") + tr("%n held: a large change to confirm (nothing of them imported)", "", int(summary.held.size()));
    if (summary.skipped)
        head += QStringLiteral("; ") + tr("%n skipped (already imported before)", "", summary.skipped);
    if (summary.cancelled || notStarted)
        head += QStringLiteral("; ") + tr("%n cancelled (nothing of them imported)", "", summary.cancelled + notStarted);
    const int rowCount = int(qMin<qint64>(summary.rows, INT_MAX)); // computed first: see docs/architecture.md on lupdate
    if (summary.imported && summary.seconds > 0)
        head += QStringLiteral(".\n") + tr("%Ln row(s) in %1 s (%2 rows per second).", "", rowCount)
                                            .arg(summary.seconds, 0, 'f', 1)
                                            .arg(QLocale().toString(qint64(summary.rows / summary.seconds)));
    summary.message = head + QStringLiteral("\n\n") + lines.join(u'\n');
}

} // namespace mianshen::ui
