#include "MatchingRunner.h"

#include "JobRunner.h"
#include "catalog/FeedCatalog.h"
#include "review/AwardStore.h"
#include "store/Database.h"

#include <QLocale>
#include <QProgressDialog>

namespace mianshen::ui {

MatchingRunner::MatchingRunner(const store::Database &db, QWidget *dialogParent)
    : m_db(db)
    , m_parent(dialogParent)
    , m_job(new JobRunner(this))
{
    connect(m_job, &JobRunner::progress, this, &MatchingRunner::showProgress);
}

MatchingRunner::~MatchingRunner()
{
    delete m_job; // cancels and waits, before the dialog goes
    delete m_dialog;
}

bool MatchingRunner::isRunning() const
{
    return m_job->isRunning();
}

void MatchingRunner::cancel()
{
    m_job->cancel();
}

bool MatchingRunner::start(const matching::RunRequest &request)
{
    using R = domain::Result<matching::RunResult>;
    if (m_job->isRunning())
        return false;
    m_request = request;
    m_result.reset();
    delete m_dialog;
    m_dialog = new QProgressDialog(m_parent);
    m_dialog->setObjectName(QStringLiteral("MatchingProgress"));
    m_dialog->setWindowTitle(tr("Matching"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setRange(0, 1000);
    m_dialog->setValue(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setMinimumWidth(460);
    connect(m_dialog, &QProgressDialog::canceled, m_job, &JobRunner::cancel);

    const store::ConnectionSpec spec = m_db.spec();
    return m_job->start<R>(
        [spec, request](JobControl &control) -> R {
            auto own = store::Database::open(spec);
            if (!own)
                return R::failure(own.error());
            matching::MatchingRun run(*own.value(), catalog::FeedCatalog::builtin());
            run.setCancelFlag(&control.cancel);
            run.setCompletionHook(&review::AwardStore::applyRun);   // decisions become awards with the run
            run.setProgress([&control](const matching::Progress &p) {
                control.phase = int(p.phase);
                control.done = p.done;
                control.total = p.total;
                control.perSecond = qint64(p.perSecond);
                control.secondsLeft = qint64(p.secondsLeft);
            });
            return run.execute(request);
        },
        [this](R result) {
            if (m_dialog)
                m_dialog->close();
            m_result = std::move(result);
            Q_EMIT finished();
        });
}

void MatchingRunner::showProgress()
{
    if (!m_dialog || !m_job->isRunning())
        return;
    const JobControl &control = m_job->control();
    const QLocale locale;
    QString text;
    switch (matching::Progress::Phase(int(control.phase))) {
    case matching::Progress::Phase::Loading: text = tr("Reading the data for %1…").arg(m_request.period); break;
    case matching::Progress::Phase::Evaluating:
        text = tr("Checking the policies: %1 of %2 evaluations, %3 per second")
                   .arg(locale.toString(qint64(control.done)), locale.toString(qint64(control.total)),
                        locale.toString(qint64(control.perSecond)));
        if (control.secondsLeft >= 0)
            text += u'\n' + tr("about %n second(s) left", "", int(control.secondsLeft));
        break;
    case matching::Progress::Phase::Writing: text = tr("Writing the decisions…"); break;
    case matching::Progress::Phase::Done: text = tr("Finishing…"); break;
    }
    if (control.cancel)
        text = tr("Cancelling: the run is rolled back…");
    m_dialog->setLabelText(text);
    m_dialog->setValue(control.total > 0 ? int(1000 * control.done / control.total) : 0);
}

} // namespace mianshen::ui
