#include "ui/pages/MatchingPage.h"

#include "catalog/FeedCatalog.h"
#include "domain/Actor.h"
#include "domain/Money.h"
#include "domain/Month.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/SensitiveText.h"
#include "itemmodels/TableSource.h"
#include "matching/DefaultPeriod.h"
#include "matching/ExplanationJson.h"
#include "matching/ExplanationReader.h"
#include "matching/PolicyRepository.h"
#include "review/CasePolicies.h"
#include "store/Database.h"
#include "ui/EmptyState.h"
#include "ui/JobRunner.h"
#include "ui/MatchingRunner.h"
#include "ui/MessageBox.h"
#include "ui/PolicyPreviewDialog.h"
#include "ui/TableBrowser.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <memory>
#include <optional>
#include <utility>

namespace mianshen::ui {

MatchingPage::MatchingPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = createHeading();
    layout->addWidget(m_heading);

    auto *controls = new QHBoxLayout;
    m_periodLabel = new QLabel(this);
    m_period = new QDateEdit(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_period->setCalendarPopup(true);
    m_period->setDate(QDate::currentDate().addMonths(-1));
    // Until the person picks a month, the page proposes the latest month with
    // a policy in effect and data imported (read with the policies).
    connect(m_period, &QDateEdit::userDateChanged, this, [this] { m_periodChosen = true; });
    m_policiesLabel = new QLabel(this);
    m_policies = new QListWidget(this);
    m_policies->setFlow(QListView::LeftToRight);
    m_policies->setWrapping(true);
    m_policies->setMaximumHeight(64);
    m_force = new QCheckBox(this);
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("runMatching"));
    m_preview = new QPushButton(this);
    m_preview->setObjectName(QStringLiteral("WhatIfPreview"));
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_period);
    controls->addWidget(m_policiesLabel);
    controls->addWidget(m_policies, 1);
    controls->addWidget(m_force);
    controls->addWidget(m_run);
    controls->addWidget(m_preview);
    layout->addLayout(controls);
    m_lastResult = new QLabel(this);
    m_lastResult->setWordWrap(true);
    layout->addWidget(m_lastResult);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_runsPane = new QWidget(m_splitter);
    auto *runsLayout = new QVBoxLayout(m_runsPane);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    m_runsLabel = new QLabel(m_runsPane);
    runsLayout->addWidget(m_runsLabel);
    m_runs = new TableBrowser(m_runsPane);
    m_empty = new EmptyState(m_runsPane);
    runsLayout->addWidget(m_runs, 1);
    runsLayout->addWidget(m_empty, 1);
    m_tabs = new QTabWidget(m_splitter);
    m_summary = new TableBrowser(m_tabs);
    m_decisions = new TableBrowser(m_tabs);
    m_explanation = new QTextBrowser(m_tabs);
    m_tabs->addTab(m_summary, QString());
    m_tabs->addTab(m_decisions, QString());
    m_tabs->addTab(m_explanation, QString());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    m_policyReader = new JobRunner(this);
    connect(m_run, &QPushButton::clicked, this, [this] { runMatching(m_force->isChecked()); });
    connect(m_preview, &QPushButton::clicked, this, [this] { openPolicyPreview(); });
    connect(m_runs->view(), &QAbstractItemView::activated, this, &MatchingPage::runSelected);
    connect(m_runs->view(), &QAbstractItemView::clicked, this, &MatchingPage::runSelected);
    connect(m_decisions->view(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { showExplanation(index.row()); });
    connect(m_decisions->view(), &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { showExplanation(index.row()); });
    connect(m_decisions, &TableBrowser::maskingChanged, this, &MatchingPage::renderExplanation);
    retranslate();
    refresh();
}

MatchingPage::~MatchingPage() = default;

QString MatchingPage::title() const
{
    return tr("Matching");
}

void MatchingPage::retranslate()
{
    m_heading->setText(tr("Matching runs"));
    m_periodLabel->setText(tr("Period:"));
    m_period->setToolTip(tr("The month to decide, as YYYY-MM"));
    m_policiesLabel->setText(tr("Policies:"));
    m_policies->setToolTip(tr("Tick the policies to run; none ticked runs every published policy in effect."));
    m_force->setText(tr("Run even if nothing changed"));
    m_run->setText(tr("&Run"));
    m_preview->setText(tr("&What-if preview…"));
    m_preview->setToolTip(tr("How many subjects a policy file that is not published would qualify, and at what cost, "
                             "next to the published version. Writes nothing."));
    m_runsLabel->setText(tr("Run history (click a run to see its results)"));
    m_empty->setText(tr("No matching run yet."),
                     tr("A run checks every published policy against every person and enterprise for one month. "
                        "Publish policies on the Policies page, choose the period and press Run."));
    m_tabs->setTabText(SummaryTab, tr("Summary per policy"));
    m_tabs->setTabText(DecisionsTab, tr("Decisions"));
    m_tabs->setTabText(ExplanationTab, tr("Explanation"));
    renderExplanation(); // follows the language switch
}

void MatchingPage::clear()
{
    ++m_databaseGeneration;
    m_runId = 0;
    m_runs->setModel(nullptr);
    m_summary->setModel(nullptr);
    m_decisions->setModel(nullptr);
    m_policies->clear();
    m_lastResult->clear();
    m_explanationJson.clear();
    renderExplanation();
}

void MatchingPage::setDatabase(store::Database *db)
{
    m_runner.reset(); // a run on the previous database is cancelled and waited for
    ++m_databaseGeneration;
    m_db = db;
    m_periodChosen = false; // another database: propose its month
    m_explanations.reset();
    m_explanationJson.clear();
    renderExplanation();
    m_runId = 0;
    m_summary->setModel(nullptr);
    m_decisions->setModel(nullptr);
    m_lastResult->clear();
    refresh();
}

void MatchingPage::setPeriod(const QString &period)
{
    if (const auto month = domain::Month::parse(period)) {
        m_periodChosen = true;
        m_period->setDate(month->firstDay());
    }
}

QString MatchingPage::period() const
{
    return m_period->date().toString(QStringLiteral("yyyy-MM"));
}

namespace {

// What the page reads on a worker: the published policies and the month to propose.
struct PoliciesRead final
{
    domain::Result<QList<matching::PublishedPolicy>> policies;
    domain::Result<std::optional<domain::Month>> period;
    QHash<QString, QString> flagLabelsZh;
    QHash<QString, QString> flagLabelsEn;
};

// The flags' labels in one language; none (flags shown by id) when they
// cannot be read: the policies' own error is shown already.
QHash<QString, QString> flagLabels(store::Database &db, rules::Language language)
{
    auto read = review::CasePolicies::read(db, language);
    return read ? read->labels : QHash<QString, QString>();
}

} // namespace

void MatchingPage::fillPolicies()
{
    using R = std::shared_ptr<PoliciesRead>;
    if (!m_db) {
        m_policies->clear();
        return;
    }
    if (m_policyReader->isRunning()) {
        m_fillAgain = true;
        return;
    }
    // Read on a worker: the list of published policies waits on the database.
    const store::ConnectionSpec spec = m_db->spec();
    const quint64 generation = m_databaseGeneration;
    m_policyReader->start<R>(
        [spec](JobControl &) -> R {
            using Policies = domain::Result<QList<matching::PublishedPolicy>>;
            using Period = domain::Result<std::optional<domain::Month>>;
            auto db = store::Database::open(spec);
            if (!db)
                return std::make_shared<PoliciesRead>(PoliciesRead{Policies::failure(db.error()), Period::failure(db.error()), {}, {}});
            const auto &feeds = catalog::FeedCatalog::builtin();
            return std::make_shared<PoliciesRead>(PoliciesRead{matching::PolicyRepository(*db.value(), feeds).list(),
                                                               matching::DefaultPeriod::latest(*db.value(), feeds),
                                                               flagLabels(*db.value(), rules::Language::Zh),
                                                               flagLabels(*db.value(), rules::Language::En)});
        },
        [this, generation](R read) {
            // Asked again meanwhile, or read from a database since closed: read again.
            if (std::exchange(m_fillAgain, false) || generation != m_databaseGeneration) {
                fillPolicies();
                return;
            }
            showPolicies(read->policies);
            proposePeriod(read->period);
            m_flagLabelsZh = std::make_shared<const QHash<QString, QString>>(std::move(read->flagLabelsZh));
            m_flagLabelsEn = std::make_shared<const QHash<QString, QString>>(std::move(read->flagLabelsEn));
        });
}

std::function<QString(const QString &)> MatchingPage::flagText() const
{
    return [zh = m_flagLabelsZh, en = m_flagLabelsEn](const QString &stored) {
        const bool chinese = QLocale().language() == QLocale::Chinese;
        const auto &labels = chinese ? zh : en;
        QStringList shown;
        for (const QString &id : stored.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            shown << (labels ? labels->value(id, id) : id);
        return shown.join(chinese ? QStringLiteral("；") : QStringLiteral("; "));
    };
}

void MatchingPage::proposePeriod(const domain::Result<std::optional<domain::Month>> &period)
{
    if (!period) {
        m_lastResult->setText(tr("The month to propose could not be read: %1").arg(period.error()));
        return;
    }
    if (m_periodChosen || !period.value())
        return;
    const QSignalBlocker blocker(m_period);
    m_period->setDate(period.value()->firstDay());
}

void MatchingPage::showPolicies(const domain::Result<QList<matching::PublishedPolicy>> &list)
{
    QStringList checked;
    for (int i = 0; i < m_policies->count(); ++i) {
        if (m_policies->item(i)->checkState() == Qt::Checked)
            checked << m_policies->item(i)->data(Qt::UserRole).toString();
    }
    m_policies->clear();
    if (!list) {
        m_lastResult->setText(tr("The published policies could not be read: %1").arg(list.error()));
        return;
    }
    QStringList codes;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const auto &p : list.value()) {
        if (p.status != QLatin1String("published") || codes.contains(p.code))
            continue;
        codes << p.code;
        auto *item = new QListWidgetItem(p.code, m_policies);
        item->setData(Qt::UserRole, p.code);
        item->setToolTip(chinese ? p.titleZh : p.titleEn);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(p.code) ? Qt::Checked : Qt::Unchecked);
    }
}

bool MatchingPage::isReadingPolicies() const
{
    return m_policyReader->isRunning();
}

void MatchingPage::refresh()
{
    fillPolicies();
    m_run->setEnabled(m_db != nullptr && !isRunning());
    m_preview->setEnabled(m_db != nullptr);
    m_runs->setModel(nullptr);
    if (!m_db) {
        m_runs->hide();
        m_empty->show();
        return;
    }
    auto source = itemmodels::TableSource::fromDatabase(*m_db, QStringLiteral("matching_runs"));
    if (!source) {
        m_runs->hide();
        m_empty->show();
        return;
    }
    auto model = std::make_unique<itemmodels::PagedTableModel>(m_db->spec(), std::move(source).value());
    model->sort(model->source().columnIndex(QStringLiteral("id")), Qt::DescendingOrder);
    auto *raw = model.get();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(raw, &itemmodels::PagedTableModel::totalRowsChanged, this, [this, connection](qint64 total) {
        disconnect(*connection);
        m_runs->setVisible(total > 0);
        m_empty->setVisible(total == 0);
    });
    m_runs->setModel(std::move(model));
    // Technical columns (timings, threads, fingerprints) hidden by default.
    for (const char *hidden : {"inputs", "policies", "fingerprint", "duration_ms", "load_ms", "evaluate_ms", "write_ms", "threads"}) {
        const int column = raw->source().columnIndex(QString::fromLatin1(hidden));
        if (column >= 0)
            m_runs->view()->hideColumn(column);
    }
    if (m_runId > 0)
        showRun(m_runId);
}

void MatchingPage::runSelected()
{
    auto *model = m_runs->model();
    if (!model)
        return;
    const int idColumn = model->source().columnIndex(QStringLiteral("id"));
    const QModelIndex index = m_runs->view()->currentIndex();
    if (!index.isValid() || idColumn < 0)
        return;
    showRun(model->index(index.row(), idColumn).data(itemmodels::PagedTableModel::RawValueRole).toLongLong());
}

void MatchingPage::showRun(qint64 runId)
{
    if (!m_db)
        return;
    m_runId = runId;
    const QString filter = QStringLiteral("=") + QString::number(runId);
    if (auto source = itemmodels::TableSource::fromDatabase(*m_db, QStringLiteral("run_policies"))) {
        auto model = std::make_unique<itemmodels::PagedTableModel>(m_db->spec(), std::move(source).value());
        (void)model->setFilter(model->source().columnIndex(QStringLiteral("run_id")), filter); // "=<number>" always parses
        const int fingerprint = model->source().columnIndex(QStringLiteral("fingerprint"));
        m_summary->setModel(std::move(model));
        if (fingerprint >= 0)
            m_summary->view()->hideColumn(fingerprint);
    }
    if (auto source = itemmodels::TableSource::fromDatabase(*m_db, QStringLiteral("decisions"))) {
        if (const int flags = source->columnIndex(QStringLiteral("flags")); flags >= 0)
            source.value().columns[flags].valueText = flagText();
        auto model = std::make_unique<itemmodels::PagedTableModel>(m_db->spec(), std::move(source).value());
        (void)model->setFilter(model->source().columnIndex(QStringLiteral("run_id")), filter); // "=<number>" always parses
        const int explanation = model->source().columnIndex(QStringLiteral("explanation"));
        m_decisions->setModel(std::move(model));
        if (explanation >= 0)
            m_decisions->view()->hideColumn(explanation);
    }
    m_explanationJson.clear();
    renderExplanation();
    m_tabs->setCurrentIndex(SummaryTab);
}

void MatchingPage::showExplanation(int row)
{
    auto *model = m_decisions->model();
    if (!model || row < 0 || row >= model->rowCount())
        return;
    const itemmodels::TableSource &source = model->source();
    const int column = source.columnIndex(QStringLiteral("explanation"));
    const int code = source.columnIndex(QStringLiteral("policy_code"));
    const int version = source.columnIndex(QStringLiteral("policy_version"));
    const int subject = source.columnIndex(QStringLiteral("subject_id"));
    if (column < 0 || code < 0 || version < 0 || subject < 0 || !m_db)
        return;
    auto raw = [&](int c) { return model->index(row, c).data(itemmodels::PagedTableModel::RawValueRole); };
    if (!m_explanations)
        m_explanations = std::make_unique<matching::ExplanationReader>(*m_db, catalog::FeedCatalog::builtin());
    const auto json = m_explanations->json(raw(code).toString(), raw(version).toInt(), raw(subject).toString(),
                                           raw(column).toString());
    if (json) {
        m_explanationJson = json.value();
        renderExplanation();
    } else {
        m_explanationJson.clear();
        m_explanation->setPlainText(json.error());
    }
    m_tabs->setCurrentIndex(ExplanationTab);
}

void MatchingPage::renderExplanation()
{
    if (m_explanationJson.isEmpty()) {
        m_explanation->setPlainText(tr("Click a decision to read how it was reached."));
        return;
    }
    const QString text = matching::ExplanationJson::render(m_explanationJson, uiLanguage());
    m_explanation->setPlainText(m_decisions->isMasked() ? itemmodels::SensitiveText::mask(text) : text);
}

PolicyPreviewDialog *MatchingPage::openPolicyPreview(const QString &file)
{
    if (!m_db)
        return nullptr;
    auto *dialog = new PolicyPreviewDialog(*m_db, period(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (!file.isEmpty())
        dialog->setFile(file);
    dialog->show();
    return dialog;
}

QString MatchingPage::explanationText() const
{
    return m_explanation->toPlainText();
}

bool MatchingPage::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

bool MatchingPage::runMatching(bool force)
{
    if (!m_db || isRunning())
        return false;
    if (!domain::Month::parse(period())) {
        MessageBox::warning(this, tr("Period"), tr("Write the period as YYYY-MM, for example 2021-09."));
        return false;
    }
    matching::RunRequest request;
    request.period = period();
    request.startedBy = domain::currentActor(QStringLiteral("unknown"));
    request.force = force;
    for (int i = 0; i < m_policies->count(); ++i) {
        if (m_policies->item(i)->checkState() == Qt::Checked)
            request.policyCodes << m_policies->item(i)->data(Qt::UserRole).toString();
    }
    if (m_runner)
        m_runner.release()->deleteLater(); // done; may be the sender of the signal being handled
    m_runner = std::make_unique<MatchingRunner>(*m_db, this);
    connect(m_runner.get(), &MatchingRunner::finished, this, &MatchingPage::runDone);
    m_run->setEnabled(false);
    return m_runner->start(request);
}

void MatchingPage::runDone()
{
    m_run->setEnabled(m_db != nullptr);
    const matching::RunRequest &request = m_runner->request();
    const auto &result = *m_runner->result();
    if (!result) {
        m_lastResult->setText(tr("The run did not complete: %1").arg(result.error()));
        MessageBox::critical(this, tr("Matching"), result.error());
        refresh();
        Q_EMIT runFinished(false);
        return;
    }
    const QLocale locale;
    if (result->upToDate) {
        m_lastResult->setText(tr("Nothing changed since run no. %1 for %2: no new run was needed.")
                                  .arg(result->runId)
                                  .arg(request.period));
    } else {
        qint64 approved = 0, flagged = 0, overBudget = 0;
        std::int64_t total = 0;
        for (const auto &p : result->policies) {
            approved += p.approved;
            flagged += p.flagged;
            overBudget += p.overBudget;
            total += p.totalFen;
        }
        m_lastResult->setText(tr("Run no. %1 for %2: %3 approved, %4 for review, %5 over budget; total %6; %7 s.")
                                  .arg(result->runId)
                                  .arg(request.period, locale.toString(approved), locale.toString(flagged),
                                       locale.toString(overBudget), domain::Money::fromFen(total).toDisplayString(),
                                       QString::number(result->run.durationMs / 1000.0, 'f', 1)));
        Q_EMIT decisionsChanged();
    }
    m_runId = result->runId;
    refresh();
    Q_EMIT runFinished(true);
}

} // namespace mianshen::ui
