#include "ui/pages/ReviewPage.h"

#include "catalog/FeedCatalog.h"
#include "review/CaseFile.h"
#include "review/CasePolicies.h"
#include "review/CaseReveal.h"
#include "review/ClaimService.h"
#include "review/ReviewDecisions.h"
#include "review/ReviewQueue.h"
#include "store/Database.h"
#include "ui/EmptyState.h"
#include "ui/MessageBox.h"
#include "ui/Settings.h"
#include "ui/review/BackgroundDatabase.h"
#include "ui/review/CaseActionPanel.h"
#include "ui/review/CaseView.h"
#include "ui/review/ReviewFilterBar.h"
#include "ui/review/ReviewQueueModel.h"
#include "ui/review/ReviewTexts.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mianshen::ui {

namespace {

constexpr int LeaseRenewMs = 5 * 60 * 1000;   // well inside ClaimService::LeaseMinutes

bool isDefaultFilter(const review::QueueFilter &f)
{
    const review::QueueFilter d;
    return f.statuses == d.statuses && f.policyCode.isEmpty() && f.flag.isEmpty() && !f.periodSet && !f.minFen
           && !f.maxFen && f.claimedBy.isEmpty() && f.subject.isEmpty() && !f.overdueOnly && !f.secondOpinionOnly;
}

} // namespace

ReviewPage::ReviewPage(QWidget *parent)
    : Page(parent)
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
    m_filters = new ReviewFilterBar(desk);
    deskLayout->addWidget(m_filters);
    m_counts = new QLabel(desk);
    m_counts->setWordWrap(true);
    deskLayout->addWidget(m_counts);
    m_splitter = new QSplitter(Qt::Horizontal, desk);
    m_view = new QTableView(m_splitter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->verticalHeader()->hide();
    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_case = new CaseView(right);
    rightLayout->addWidget(m_case, 1);
    m_actions = new CaseActionPanel(right);
    rightLayout->addWidget(m_actions);
    m_status = new QLabel(right);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_status);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    deskLayout->addWidget(m_splitter, 1);
    m_stack->addWidget(desk);
    Settings::instance().rememberSplitter(m_splitter, Settings::Key::ReviewSplitter);

    m_openDelay = new QTimer(this);
    m_openDelay->setSingleShot(true);
    m_openDelay->setInterval(120);   // arrowing through the queue claims only where one stops
    connect(m_openDelay, &QTimer::timeout, this, [this] {
        const review::Award *a = m_model ? m_model->award(m_view->currentIndex().row()) : nullptr;
        if (a && (a->id != m_openId || m_wantedId != 0) && a->id != m_wantedId)
            openCase(a->id);
    });
    m_lease = new QTimer(this);
    m_lease->setInterval(LeaseRenewMs);
    connect(m_lease, &QTimer::timeout, this, &ReviewPage::renewLease);

    connect(m_filters, &ReviewFilterBar::filterChanged, this, [this](const review::QueueFilter &filter) {
        Settings::instance().setValue(Settings::Key::ReviewFilters, m_filters->state());
        if (m_model)
            m_model->setFilter(filter);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ReviewPage::showQueueMenu);
    connect(m_case, &CaseView::revealRequested, this, &ReviewPage::reveal);
    connectActions();
    // The keys (also in the window's Case menu) work only while the page is shown.
    m_actions->setActive(false);
    m_filters->restoreState(Settings::instance().value(Settings::Key::ReviewFilters).toMap());
    retranslate();
    setDatabase(nullptr);
}

ReviewPage::~ReviewPage()
{
    setDatabase(nullptr);
}

QString ReviewPage::title() const
{
    return tr("Review");
}

QList<QAction *> ReviewPage::caseActions() const
{
    return m_actions->caseActions();
}

void ReviewPage::connectActions()
{
    using review::ReviewAction;
    connect(m_actions, &CaseActionPanel::approveRequested, this, [this] {
        review::DecisionRequest r{m_openId, m_openVersion, ReviewAction::Approve, {}, {}, {}, {}};
        decide(r, tr("Case %1 approved.").arg(m_openId));
    });
    connect(m_actions, &CaseActionPanel::rejectRequested, this, [this](const QString &code, const QString &text) {
        review::DecisionRequest r{m_openId, m_openVersion, ReviewAction::Reject, code, text, {}, {}};
        decide(r, tr("Case %1 rejected.").arg(m_openId));
    });
    connect(m_actions, &CaseActionPanel::returnRequested, this,
            [this](const QString &feed, const QString &field, const QString &text) {
                review::DecisionRequest r{m_openId, m_openVersion, ReviewAction::Return, {}, text, feed, field};
                decide(r, tr("Case %1 returned for correction of %2.%3.").arg(m_openId).arg(feed, field));
            });
    connect(m_actions, &CaseActionPanel::secondOpinionRequested, this, [this](const QString &text) {
        review::DecisionRequest r{m_openId, m_openVersion, ReviewAction::SecondOpinion, {}, text, {}, {}};
        decide(r, tr("A second opinion on case %1 is asked for.").arg(m_openId));
    });
    connect(m_actions, &CaseActionPanel::commentRequested, this, &ReviewPage::comment);
    connect(m_actions, &CaseActionPanel::nextRequested, this, [this] { moveBy(1); });
    connect(m_actions, &CaseActionPanel::previousRequested, this, [this] { moveBy(-1); });
    connect(m_actions, &CaseActionPanel::undoRequested, this, &ReviewPage::undo);
    connect(m_actions, &CaseActionPanel::formClosed, this, [this] { m_view->setFocus(); });
    connect(m_actions, &CaseActionPanel::feedChosen, this, [this](const QString &name) {
        QList<QPair<QString, QString>> fields;
        const bool zh = uiLanguage() == rules::Language::Zh;
        if (const catalog::Feed *feed = catalog::FeedCatalog::builtin().feed(name)) {
            for (const catalog::Column &c : feed->columns)
                fields << qMakePair(c.name, zh ? c.titleZh : c.titleEn);
        }
        m_actions->setFields(name, fields);
    });
}

void ReviewPage::setDatabase(store::Database *db)
{
    m_openDelay->stop();
    m_lease->stop();
    if (m_background && m_holding && m_openId != 0) {
        const qint64 id = m_openId;
        m_background->run([id](store::Database &d) { return review::ClaimService(d).release(id); }, {});
    }
    m_view->setModel(nullptr);
    m_model.reset();
    m_background.reset();   // waits for the release above
    m_db = db;
    m_openId = m_wantedId = 0;
    m_openVersion = 0;
    m_holding = false;
    m_lastDecision.reset();
    m_selectAfterReload.reset();
    m_working = 0;
    m_case->showMessage(QString());
    m_status->clear();
    if (!m_db) {
        m_empty->setText(tr("No database is open."),
                         tr("Open a SQLite database or connect to a PostgreSQL server from the File menu."));
        showEmpty(true);
        updateActions();
        return;
    }
    retranslate();
    m_background = std::make_unique<BackgroundDatabase>(m_db->spec());
    m_model = std::make_unique<ReviewQueueModel>(*m_background);
    buildQueue();
    readPolicies();
    m_model->setFilter(m_filters->filter());
    showEmpty(false);
    updateActions();
}

void ReviewPage::buildQueue()
{
    QHeaderView *header = m_view->horizontalHeader();
    m_view->setSortingEnabled(false);
    m_view->setModel(m_model.get());
    const QByteArray state = Settings::instance().value(Settings::Key::ReviewQueueHeader).toByteArray();
    if (state.isEmpty() || !header->restoreState(state))
        header->setSortIndicator(int(review::QueueColumn::WaitingSince), Qt::AscendingOrder);
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_view->setSortingEnabled(true);
    auto save = [this] {
        Settings::instance().setValue(Settings::Key::ReviewQueueHeader, m_view->horizontalHeader()->saveState());
    };
    connect(header, &QHeaderView::sectionResized, m_model.get(), save);
    connect(header, &QHeaderView::sectionMoved, m_model.get(), save);
    connect(header, &QHeaderView::sortIndicatorChanged, m_model.get(), save);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPage::currentRowChanged);
    ReviewQueueModel *model = m_model.get();
    connect(model, &ReviewQueueModel::countsChanged, this, &ReviewPage::updateCounts);
    connect(model, &ReviewQueueModel::loadingChanged, this, &ReviewPage::updateCounts);
    connect(model, &ReviewQueueModel::errorOccurred, this, [this](const QString &message) {
        m_counts->setText(tr("The queue could not be read: %1 Check the connection, then refresh (F5).").arg(message));
        m_counts->setStyleSheet(QStringLiteral("color: #b00020;"));
    });
    connect(model, &ReviewQueueModel::firstPageArrived, this, [this] {
        // Nothing is opened (claimed) by itself: the reviewer picks a case or presses N.
        if (!m_selectAfterReload)
            return;
        const auto [id, fallback] = *m_selectAfterReload;
        m_selectAfterReload.reset();
        int row = m_model->rowOf(id);
        if (row < 0)
            row = qMin(fallback, m_model->rowCount() - 1);
        if (row >= 0) {
            m_view->setCurrentIndex(m_model->index(row, 0));
        } else {
            m_openId = 0;
            m_case->showMessage(tr("No case left in the queue for these filters."));
            updateActions();
        }
    });
}

void ReviewPage::readPolicies()
{
    auto policies = std::make_shared<std::optional<review::CasePolicies>>();
    const rules::Language language = uiLanguage();
    m_background->run(
        [policies, language](store::Database &db) {
            auto read = review::CasePolicies::read(db, language);
            if (!read)
                return domain::Status::failure(read.error());
            *policies = read.value();
            return domain::Status();
        },
        [this, policies](const domain::Status &status) {
            if (!status || !*policies) {
                setStatus(tr("The policies could not be read (%1): flags show by their ids.").arg(status.error()), true);
                return;
            }
            m_filters->setPolicies((*policies)->codes);
            m_filters->setFlags((*policies)->flags);
            if (m_model)
                m_model->setFlagLabels((*policies)->labels);
        });
}

void ReviewPage::refresh()
{
    retranslate();
    if (!m_model)
        return;
    readPolicies();
    if (m_openId != 0)
        m_selectAfterReload = qMakePair(m_openId, qMax(0, m_view->currentIndex().row()));
    m_model->refresh();
    if (m_openId != 0)
        openCase(m_openId);
}

bool ReviewPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ReviewPage::showEmpty(bool empty)
{
    m_stack->setCurrentIndex(empty ? 0 : 1);
}

bool ReviewPage::isBusy() const
{
    return m_working > 0 || m_wantedId != 0 || (m_background && m_background->isBusy());
}

void ReviewPage::currentRowChanged()
{
    if (m_view->currentIndex().isValid())
        m_openDelay->start();
}

void ReviewPage::openCase(qint64 awardId)
{
    if (!m_background)
        return;
    const quint64 generation = ++m_caseGeneration;
    m_wantedId = awardId;
    if (awardId != m_openId)
        m_case->showMessage(tr("Reading case %1…").arg(awardId));
    const qint64 release = m_holding && m_openId != awardId ? m_openId : 0;
    if (release != 0)
        m_holding = false;
    struct Out
    {
        std::optional<review::CaseFile> file;
        std::optional<review::Award> claimed;
        QString claimProblem;
    };
    auto out = std::make_shared<Out>();
    const rules::Language language = uiLanguage();
    m_caseLanguage = language;
    m_background->run(
        [awardId, release, out, language](store::Database &db) {
            review::ClaimService claims(db);
            if (release != 0)
                (void)claims.release(release);   // a lease that ran out is no loss
            auto claimed = claims.claim(awardId);
            if (claimed)
                out->claimed = claimed.value();
            else
                out->claimProblem = claimed.error();
            auto file = review::CaseFile::load(db, awardId, language);
            if (!file)
                return domain::Status::failure(file.error());
            out->file = file.value();
            return domain::Status();
        },
        [this, generation, awardId, out](const domain::Status &status) {
            if (generation != m_caseGeneration) {
                // Another case was asked for meanwhile: give this one back.
                if (out->claimed && awardId != m_wantedId && awardId != m_openId)
                    m_background->run([awardId](store::Database &db) { return review::ClaimService(db).release(awardId); }, {});
                return;
            }
            m_wantedId = 0;
            if (!status) {
                m_openId = 0;
                m_holding = false;
                m_case->showMessage(tr("Case %1 could not be read: %2\nCheck the connection, then refresh (F5).")
                                        .arg(awardId)
                                        .arg(status.error()));
                updateActions();
                return;
            }
            caseArrived(awardId, *out->file, out->claimed, out->claimProblem);
        });
    updateActions();
}

void ReviewPage::caseArrived(qint64 awardId, const review::CaseFile &file, const std::optional<review::Award> &claimed,
                             const QString &claimProblem)
{
    m_openId = awardId;
    m_holding = claimed.has_value();
    m_openVersion = claimed ? claimed->version : file.version;
    m_case->setCase(file);

    QList<QPair<QString, QString>> reasons;
    const QStringList flags = [&] {
        QStringList ids;
        for (const review::CaseFlag &f : file.flags)
            ids << f.id;
        return ids.isEmpty() ? QStringList{QString()} : ids;
    }();
    for (const QString &flag : flags) {
        for (const review::RejectReason &r : review::ReviewDecisions::rejectReasons(flag)) {
            if (std::none_of(reasons.begin(), reasons.end(), [&](const auto &p) { return p.first == r.code; }))
                reasons << qMakePair(r.code, r.title);
        }
    }
    m_actions->setRejectReasons(reasons);
    // The feeds of the case's records first, then the others.
    QList<QPair<QString, QString>> feeds;
    const bool zh = uiLanguage() == rules::Language::Zh;
    for (const review::CaseFeedRecords &r : file.records)
        feeds << qMakePair(r.feed, r.title);
    for (const catalog::Feed &f : catalog::FeedCatalog::builtin().feeds()) {
        if (std::none_of(feeds.begin(), feeds.end(), [&](const auto &p) { return p.first == f.name; }))
            feeds << qMakePair(f.name, zh ? f.titleZh : f.titleEn);
    }
    m_actions->setFeeds(feeds);

    if (m_holding) {
        setStatus(tr("You hold case %1 until %2; the hold is renewed while it is open.")
                      .arg(awardId)
                      .arg(ReviewTexts::time(claimed->leaseUntil)));
        m_lease->start();
    } else if (!claimProblem.isEmpty()) {
        setStatus(tr("%1 You can read the case; deciding it is left to whoever holds it.").arg(claimProblem), true);
    } else {
        setStatus(QString());
    }
    updateActions();
}

void ReviewPage::decide(const review::DecisionRequest &request, const QString &done)
{
    if (!m_background || request.awardId == 0)
        return;
    ++m_working;
    updateActions();
    const int row = m_view->currentIndex().row();
    const review::Award *next = m_model->award(row + 1);
    const qint64 nextId = next ? next->id : 0;
    auto result = std::make_shared<std::optional<domain::Result<review::DecisionResult>>>();
    m_background->run(
        [request, result](store::Database &db) {
            *result = review::ReviewDecisions(db).decide(request);
            return domain::Status();
        },
        [this, request, done, row, nextId, result](const domain::Status &status) {
            --m_working;
            const QString problem = !status ? status.error() : !result->value() ? result->value().error() : QString();
            if (!problem.isEmpty()) {
                setStatus(tr("Case %1: nothing was saved. %2").arg(request.awardId).arg(problem), true);
                refresh();   // shows the case as it is now
                updateActions();
                return;
            }
            const review::DecisionResult &r = result->value().value();
            m_lastDecision = qMakePair(request.awardId, r.award.version);
            m_holding = false;
            m_lease->stop();
            setStatus(r.awaitingSecondApproval
                          ? tr("Case %1: your approval is recorded; a second reviewer must approve it too.").arg(request.awardId)
                          : done);
            // On to the next case (the decided one leaves an open-cases queue).
            m_selectAfterReload = qMakePair(nextId != 0 ? nextId : request.awardId, row);
            m_openId = 0;
            m_model->refresh();
            updateActions();
            Q_EMIT awardsChanged();
        });
}

void ReviewPage::undo()
{
    if (!m_background || !m_lastDecision)
        return;
    const auto [awardId, version] = *m_lastDecision;
    ++m_working;
    updateActions();
    auto result = std::make_shared<std::optional<domain::Result<review::DecisionResult>>>();
    m_background->run(
        [awardId, version, result](store::Database &db) {
            *result = review::ReviewDecisions(db).undoLast(awardId, version);
            return domain::Status();
        },
        [this, awardId, result](const domain::Status &status) {
            --m_working;
            const QString problem = !status ? status.error() : !result->value() ? result->value().error() : QString();
            if (!problem.isEmpty()) {
                setStatus(tr("Your decision on case %1 was not undone: %2").arg(awardId).arg(problem), true);
                updateActions();
                return;
            }
            m_lastDecision.reset();
            setStatus(tr("Your decision on case %1 is undone; the case is open again.").arg(awardId));
            m_selectAfterReload = qMakePair(awardId, qMax(0, m_view->currentIndex().row()));
            m_openId = 0;
            m_model->refresh();
            updateActions();
            Q_EMIT awardsChanged();
        });
}

void ReviewPage::comment(const QString &text)
{
    if (!m_background || m_openId == 0)
        return;
    const qint64 awardId = m_openId;
    ++m_working;
    updateActions();
    auto result = std::make_shared<std::optional<domain::Result<review::ReviewComment>>>();
    m_background->run(
        [awardId, text, result](store::Database &db) {
            *result = review::ReviewDecisions(db).comment(awardId, text);
            return domain::Status();
        },
        [this, awardId, result](const domain::Status &status) {
            --m_working;
            const QString problem = !status ? status.error() : !result->value() ? result->value().error() : QString();
            if (!problem.isEmpty())
                setStatus(tr("The comment on case %1 was not saved: %2").arg(awardId).arg(problem), true);
            else
                setStatus(tr("Comment on case %1 saved.").arg(awardId));
            if (awardId == m_openId)
                openCase(awardId);
            updateActions();
        });
}

void ReviewPage::reveal()
{
    const review::CaseFile *file = m_case->caseFile();
    if (!m_background || !file)
        return;
    const qint64 awardId = file->awardId;
    const QString subject = file->subjectId;
    m_background->run([awardId, subject](store::Database &db) { return review::CaseReveal::record(db, awardId, subject); },
                      [this, awardId](const domain::Status &status) {
                          if (!status) {
                              setStatus(status.error(), true);
                              return;
                          }
                          if (m_case->caseFile() && m_case->caseFile()->awardId == awardId) {
                              m_case->setRevealed(true);
                              setStatus(tr("Personal data of case %1 is shown; the reveal is recorded in the audit log.")
                                            .arg(awardId));
                          }
                      });
}

void ReviewPage::moveBy(int rows)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    int target = current + rows;
    if (target >= m_model->rowCount() && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        setStatus(tr("Reading more cases…"));
        return;
    }
    target = qBound(0, target, m_model->rowCount() - 1);
    if (target == current) {
        setStatus(rows > 0 ? tr("This is the last case of the queue.") : tr("This is the first case of the queue."));
        return;
    }
    m_view->setCurrentIndex(m_model->index(target, 0));
    m_view->scrollTo(m_view->currentIndex());
}

void ReviewPage::showQueueMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    const review::Award *a = m_model ? m_model->award(index.row()) : nullptr;
    if (!a)
        return;
    QMenu menu(this);
    const qint64 id = a->id;
    const QString holder = a->claimedBy;
    if (!holder.isEmpty()) {
        menu.addAction(tr("Release every case held by %1").arg(holder), this, [this, holder] { releaseAllOf(holder); });
    }
    menu.addAction(tr("Give case %1 to another reviewer…").arg(id), this, [this, id] { reassign(id); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ReviewPage::releaseAllOf(const QString &reviewer)
{
    if (MessageBox::question(this, tr("Release cases"),
                             tr("Release every case %1 holds? They go back to the queue for anyone to take.").arg(reviewer),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    auto released = std::make_shared<int>(0);
    m_background->run(
        [reviewer, released](store::Database &db) {
            auto n = review::ClaimService(db).releaseAllOf(reviewer);
            if (!n)
                return domain::Status::failure(n.error());
            *released = n.value();
            return domain::Status();
        },
        [this, reviewer, released](const domain::Status &status) {
            if (!status)
                setStatus(tr("The cases of %1 were not released: %2").arg(reviewer, status.error()), true);
            else
                setStatus(tr("%n case(s) of %1 released.", nullptr, *released).arg(reviewer));
            m_model->refresh();
        });
}

void ReviewPage::reassign(qint64 awardId)
{
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Give the case to"), tr("The reviewer's user name:"),
                                             QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || to.isEmpty())
        return;
    m_background->run([awardId, to](store::Database &db) { return review::ClaimService(db).reassign(awardId, to); },
                      [this, awardId, to](const domain::Status &status) {
                          if (!status)
                              setStatus(tr("Case %1 was not given to %2: %3").arg(awardId).arg(to, status.error()), true);
                          else
                              setStatus(tr("Case %1 is now held by %2.").arg(awardId).arg(to));
                          m_model->refresh();
                      });
}

void ReviewPage::renewLease()
{
    if (!m_background || !m_holding || m_openId == 0)
        return;
    const qint64 awardId = m_openId;
    auto result = std::make_shared<std::optional<domain::Result<review::Award>>>();
    m_background->run(
        [awardId, result](store::Database &db) {
            *result = review::ClaimService(db).renew(awardId);
            return domain::Status();
        },
        [this, awardId, result](const domain::Status &status) {
            if (awardId != m_openId)
                return;
            if (!status || !result->value()) {
                m_holding = false;
                m_lease->stop();
                setStatus(tr("Your hold on case %1 ended: %2 Open the case again to decide it.")
                              .arg(awardId)
                              .arg(!status ? status.error() : result->value().error()),
                          true);
                updateActions();
            }
        });
}

void ReviewPage::updateCounts()
{
    if (!m_model)
        return;
    m_counts->setStyleSheet(QString());
    m_counts->setText(countsText());
    // The empty state only when there is nothing at all to review (not when
    // a filter leaves nothing).
    if (m_model->totalRows())
        showEmpty(*m_model->totalRows() == 0 && isDefaultFilter(m_model->filter()));
}

QString ReviewPage::countsText() const
{
    if (!m_model || !m_model->totalRows())
        return tr("Counting…");
    const QLocale locale;
    QStringList flags;
    for (const auto &[flag, n] : m_model->countsByFlag())
        flags << tr("%1 %2").arg(m_model->flagLabel(QString(), flag), locale.toString(n));
    QStringList policies;
    for (const auto &[code, n] : m_model->countsByPolicy())
        policies << tr("%1 %2").arg(code, locale.toString(n));
    QString text = tr("%n case(s)", nullptr, int(*m_model->totalRows()));
    if (!flags.isEmpty())
        text += QStringLiteral(" — ") + tr("by flag: %1").arg(flags.join(QStringLiteral(", ")));
    if (!policies.isEmpty())
        text += QStringLiteral(" — ") + tr("by policy: %1").arg(policies.join(QStringLiteral(", ")));
    if (m_model->isLoading())
        text += QStringLiteral(" — ") + tr("reading…");
    return text;
}

QString ReviewPage::statusText() const
{
    return m_status->text();
}

void ReviewPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void ReviewPage::updateActions()
{
    const review::CaseFile *file = m_case->caseFile();
    const bool caseOpen = file && m_openId != 0 && file->awardId == m_openId;
    const bool open = caseOpen && (file->status == u"awaiting_review" || file->status == u"reopened");
    m_actions->setState(caseOpen, open && m_holding, m_lastDecision.has_value(), m_working > 0);
}

void ReviewPage::showEvent(QShowEvent *event)
{
    m_actions->setActive(true);
    Page::showEvent(event);
}

void ReviewPage::hideEvent(QHideEvent *event)
{
    m_actions->setActive(false);
    Page::hideEvent(event);
}

void ReviewPage::retranslate()
{
    m_heading->setText(tr("Cases for review"));
    if (m_db)
        m_empty->setText(tr("No cases are waiting for review."), tr("Cases appear here after a matching run flags them."));
    if (m_model)
        updateCounts();
    // The case (explanation, flags, records) was read in one language: read
    // it again in the new one, so the explanation follows the switch.
    if (m_openId != 0 && m_caseLanguage != uiLanguage())
        openCase(m_openId);
}

} // namespace mianshen::ui
