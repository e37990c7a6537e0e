#include "ui/pages/MatchingPage.h"

#include "catalog/FeedCatalog.h"
#include "domain/Actor.h"
#include "domain/Money.h"
#include "domain/Month.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/TableSource.h"
#include "matching/ExplanationJson.h"
#include "matching/ExplanationReader.h"
#include "matching/PolicyRepository.h"
#include "store/Database.h"
#include "ui/EmptyState.h"
#include "ui/MatchingRunner.h"
#include "ui/MessageBox.h"
#include "ui/PolicyPreviewDialog.h"
#include "ui/TableBrowser.h"

#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mianshen::ui {

MatchingPage::MatchingPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_heading->setFont(font);
    layout->addWidget(m_heading);

    auto *controls = new QHBoxLayout;
    m_periodLabel = new QLabel(this);
    m_period = new QLineEdit(this);
    m_period->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}")), m_period));
    m_period->setMaximumWidth(100);
    m_period->setText(domain::Month::fromDate(QDate::currentDate()).addMonths(-1).toString());
    m_policiesLabel = new QLabel(this);
    m_policies = new QListWidget(this);
    m_policies->setFlow(QListView::LeftToRight);
    m_policies->setWrapping(true);
    m_policies->setMaximumHeight(64);
    m_force = new QCheckBox(this);
    m_run = new QPushButton(this);
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

    connect(m_run, &QPushButton::clicked, this, [this] { runMatching(m_force->isChecked()); });
    connect(m_preview, &QPushButton::clicked, this, [this] { openPolicyPreview(); });
    connect(m_runs->view(), &QAbstractItemView::activated, this, &MatchingPage::runSelected);
    connect(m_runs->view(), &QAbstractItemView::clicked, this, &MatchingPage::runSelected);
    connect(m_decisions->view(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { showExplanation(index.row()); });
    connect(m_decisions->view(), &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { showExplanation(index.row()); });
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
    if (m_explanation->toPlainText().isEmpty() || m_runId == 0)
        m_explanation->setPlainText(tr("Click a decision to read how it was reached."));
}

void MatchingPage::setDatabase(store::Database *db)
{
    m_db = db;
    m_explanations.reset();
    m_runId = 0;
    m_summary->setModel(nullptr);
    m_decisions->setModel(nullptr);
    m_lastResult->clear();
    refresh();
}

void MatchingPage::setPeriod(const QString &period)
{
    m_period->setText(period);
}

void MatchingPage::fillPolicies()
{
    QStringList checked;
    for (int i = 0; i < m_policies->count(); ++i) {
        if (m_policies->item(i)->checkState() == Qt::Checked)
            checked << m_policies->item(i)->data(Qt::UserRole).toString();
    }
    m_policies->clear();
    if (!m_db)
        return;
    matching::PolicyRepository repository(*m_db, catalog::FeedCatalog::builtin());
    const auto list = repository.list();
    if (!list)
        return;
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

void MatchingPage::refresh()
{
    fillPolicies();
    m_run->setEnabled(m_db != nullptr);
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
    for (const char *hidden : {"inputs", "policies", "fingerprint"}) {
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
        (void)model->setFilter(model->source().columnIndex(QStringLiteral("run_id")), filter);
        const int fingerprint = model->source().columnIndex(QStringLiteral("fingerprint"));
        m_summary->setModel(std::move(model));
        if (fingerprint >= 0)
            m_summary->view()->hideColumn(fingerprint);
    }
    if (auto source = itemmodels::TableSource::fromDatabase(*m_db, QStringLiteral("decisions"))) {
        auto model = std::make_unique<itemmodels::PagedTableModel>(m_db->spec(), std::move(source).value());
        (void)model->setFilter(model->source().columnIndex(QStringLiteral("run_id")), filter);
        const int explanation = model->source().columnIndex(QStringLiteral("explanation"));
        m_decisions->setModel(std::move(model));
        if (explanation >= 0)
            m_decisions->view()->hideColumn(explanation);
    }
    m_explanation->setPlainText(tr("Click a decision to read how it was reached."));
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
    m_explanation->setPlainText(json ? matching::ExplanationJson::render(json.value(), uiLanguage()) : json.error());
    m_tabs->setCurrentIndex(ExplanationTab);
}

PolicyPreviewDialog *MatchingPage::openPolicyPreview(const QString &file)
{
    if (!m_db)
        return nullptr;
    auto *dialog = new PolicyPreviewDialog(*m_db, m_period->text(), this);
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

bool MatchingPage::runMatching(bool force)
{
    if (!m_db)
        return false;
    if (!domain::Month::parse(m_period->text())) {
        MessageBox::warning(this, tr("Period"), tr("Write the period as YYYY-MM, for example 2021-09."));
        return false;
    }
    matching::RunRequest request;
    request.period = m_period->text();
    request.startedBy = domain::currentActor(QStringLiteral("unknown"));
    request.force = force;
    for (int i = 0; i < m_policies->count(); ++i) {
        if (m_policies->item(i)->checkState() == Qt::Checked)
            request.policyCodes << m_policies->item(i)->data(Qt::UserRole).toString();
    }
    MatchingRunner runner(*m_db, this);
    const auto result = runner.run(request);
    if (!result) {
        m_lastResult->setText(tr("The run did not complete: %1").arg(result.error()));
        MessageBox::critical(this, tr("Matching"), result.error());
        refresh();
        return false;
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
    return true;
}

} // namespace mianshen::ui
