#include "PolicyPreviewRunner.h"

#include "catalog/FeedCatalog.h"
#include "store/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mianshen::ui {

PolicyPreviewRunner::PolicyPreviewRunner(const store::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_tick.setInterval(150);
    connect(&m_tick, &QTimer::timeout, this, &PolicyPreviewRunner::poll);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_tick.stop();
        m_result = m_watcher.result();
        poll();
        Q_EMIT finished();
    });
}

PolicyPreviewRunner::~PolicyPreviewRunner()
{
    if (m_watcher.isRunning()) {
        m_cancel = true;
        m_watcher.waitForFinished();
    }
}

bool PolicyPreviewRunner::start(const QString &file, const QString &period)
{
    using R = domain::Result<matching::PreviewResult>;
    if (m_watcher.isRunning())
        return false;
    m_cancel = false;
    m_phase = int(matching::Progress::Phase::Loading);
    m_done = 0;
    m_total = 0;
    m_perSecond = 0;
    m_secondsLeft = -1;
    const store::Database *db = &m_db;
    m_watcher.setFuture(QtConcurrent::run([this, db, file, period]() -> R {
        auto own = db->openAnother();
        if (!own)
            return R::failure(own.error());
        matching::PolicyPreview preview(*own.value(), catalog::FeedCatalog::builtin());
        preview.setCancelFlag(&m_cancel);
        preview.setProgress([this](const matching::Progress &p) {
            m_phase = int(p.phase);
            m_done = p.done;
            m_total = p.total;
            m_perSecond = qint64(p.perSecond);
            m_secondsLeft = qint64(p.secondsLeft);
        });
        return preview.previewFile(file, period);
    }));
    m_tick.start();
    return true;
}

void PolicyPreviewRunner::poll()
{
    Q_EMIT progress(m_phase, m_done, m_total, m_perSecond, m_secondsLeft);
}

} // namespace mianshen::ui
