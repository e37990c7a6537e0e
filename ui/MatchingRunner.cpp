#include "MatchingRunner.h"

#include "catalog/FeedCatalog.h"
#include "review/AwardStore.h"
#include "store/Database.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace mianshen::ui {

MatchingRunner::MatchingRunner(const store::Database &db, QWidget *dialogParent)
    : m_db(db)
    , m_parent(dialogParent)
{
}

domain::Result<matching::RunResult> MatchingRunner::run(const matching::RunRequest &request)
{
    using R = domain::Result<matching::RunResult>;
    m_cancel = false;
    QProgressDialog progress(m_parent);
    progress.setObjectName(QStringLiteral("MatchingProgress"));
    progress.setWindowTitle(tr("Matching"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setRange(0, 1000);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setCancelButtonText(tr("Cancel"));
    progress.setMinimumWidth(460);
    connect(&progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    const store::Database *db = &m_db;
    QFutureWatcher<R> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([this, db, request]() -> R {
        auto own = db->openAnother();
        if (!own)
            return R::failure(own.error());
        matching::MatchingRun run(*own.value(), catalog::FeedCatalog::builtin());
        run.setCancelFlag(&m_cancel);
        run.setCompletionHook(&review::AwardStore::applyRun);   // decisions become awards with the run
        run.setProgress([this](const matching::Progress &p) {
            m_phase = int(p.phase);
            m_done = p.done;
            m_total = p.total;
            m_perSecond = qint64(p.perSecond);
            m_secondsLeft = qint64(p.secondsLeft);
        });
        return run.execute(request);
    }));
    QTimer tick;
    tick.setInterval(200);
    connect(&tick, &QTimer::timeout, this, [&] {
        const QLocale locale;
        const auto phase = matching::Progress::Phase(int(m_phase));
        QString text;
        switch (phase) {
        case matching::Progress::Phase::Loading: text = tr("Reading the data for %1…").arg(request.period); break;
        case matching::Progress::Phase::Evaluating:
            text = tr("Checking the policies: %1 of %2 evaluations, %3 per second")
                       .arg(locale.toString(qint64(m_done)), locale.toString(qint64(m_total)), locale.toString(qint64(m_perSecond)));
            if (m_secondsLeft >= 0)
                text += u'\n' + tr("about %n second(s) left", "", int(m_secondsLeft));
            break;
        case matching::Progress::Phase::Writing: text = tr("Writing the decisions…"); break;
        case matching::Progress::Phase::Done: text = tr("Finishing…"); break;
        }
        if (m_cancel)
            text = tr("Cancelling: the run is rolled back…");
        progress.setLabelText(text);
        progress.setValue(m_total > 0 ? int(1000 * m_done / m_total) : 0);
    });
    tick.start();
    loop.exec();
    tick.stop();
    progress.close();
    return watcher.result();
}

} // namespace mianshen::ui
