#include "ui/pages/AuditPage.h"

#include "audit/AuditQuery.h"
#include "audit/AuditVerifier.h"
#include "itemmodels/AuditLogModel.h"
#include "store/Database.h"
#include "ui/EmptyState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mianshen::ui {

// What the worker thread hands back to the page.
struct VerifyOutcome final
{
    std::optional<audit::VerifyReport> report;
    QString error;
};

AuditPage::AuditPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = createHeading();
    layout->addWidget(m_heading);
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(m_stack);
    m_content = new QWidget(m_stack);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    layout->addWidget(m_stack, 1);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    buildFilters();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("AuditTable"));
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    contentLayout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("VerifyChain"));
    m_verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_cancel = new QPushButton(this);
    m_cancel->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setVisible(false);
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("VerifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_status);
    bottom->addStretch();
    bottom->addWidget(m_verify);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    contentLayout->addLayout(bottom);
    contentLayout->addWidget(m_verifyResult);

    connect(m_verify, &QPushButton::clicked, this, &AuditPage::startVerify);
    connect(m_cancel, &QPushButton::clicked, this, &AuditPage::cancelVerify);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &AuditPage::verifyFinished);
    retranslate();
    setDatabase(nullptr);
}

AuditPage::~AuditPage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

void AuditPage::buildFilters()
{
    auto *filters = new QHBoxLayout;
    m_whoLabel = new QLabel(this);
    m_who = new QLineEdit(this);
    m_who->setObjectName(QStringLiteral("AuditWho"));
    m_whatLabel = new QLabel(this);
    m_what = new QComboBox(this);
    m_what->setObjectName(QStringLiteral("AuditWhat"));
    m_what->setEditable(true);
    m_what->addItems({QString(), QStringLiteral("import"), QStringLiteral("policy.publish"), QStringLiteral("policy.withdraw"),
                      QStringLiteral("run.complete"), QStringLiteral("review.approve"), QStringLiteral("review.reject"),
                      QStringLiteral("award.reopen")});
    m_entityLabel = new QLabel(this);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("AuditEntity"));
    m_entity->setEditable(true);
    m_entity->addItems({QString(), QStringLiteral("import"), QStringLiteral("policy"), QStringLiteral("run"),
                        QStringLiteral("award"), QStringLiteral("payment"), QStringLiteral("payment_batch")});
    m_entityId = new QLineEdit(this);
    m_entityId->setObjectName(QStringLiteral("AuditEntityId"));
    m_fromCheck = new QCheckBox(this);
    m_from = new QDateTimeEdit(QDateTime(QDate::currentDate().addDays(-30), QTime(0, 0)), this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_toCheck = new QCheckBox(this);
    m_to = new QDateTimeEdit(QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)), this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_filter = new QPushButton(this);
    m_filter->setObjectName(QStringLiteral("AuditFilter"));
    m_filter->setDefault(true);
    m_clear = new QPushButton(this);
    // Two rows, so that the page does not make the window wider than a small screen.
    auto *times = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_whoLabel, m_who, m_whatLabel, m_what, m_entityLabel, m_entity, m_entityId})
        filters->addWidget(w);
    for (QWidget *w : std::initializer_list<QWidget *>{m_fromCheck, m_from, m_toCheck, m_to, m_filter, m_clear})
        times->addWidget(w);
    times->addStretch();
    for (QComboBox *box : {m_what, m_entity}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    static_cast<QVBoxLayout *>(m_content->layout())->addLayout(filters);
    static_cast<QVBoxLayout *>(m_content->layout())->addLayout(times);

    connect(m_filter, &QPushButton::clicked, this, &AuditPage::applyFilters);
    connect(m_clear, &QPushButton::clicked, this, &AuditPage::clearFilters);
    for (QLineEdit *edit : {m_who, m_entityId, m_what->lineEdit(), m_entity->lineEdit()})
        connect(edit, &QLineEdit::returnPressed, this, &AuditPage::applyFilters);
}

QString AuditPage::title() const
{
    return tr("Audit");
}

void AuditPage::retranslate()
{
    m_heading->setText(tr("Audit log"));
    m_whoLabel->setText(tr("Who:"));
    m_who->setPlaceholderText(tr("login"));
    m_whatLabel->setText(tr("What:"));
    m_what->lineEdit()->setPlaceholderText(tr("any action"));
    m_entityLabel->setText(tr("Entity:"));
    m_entity->lineEdit()->setPlaceholderText(tr("any"));
    m_entityId->setPlaceholderText(tr("id"));
    m_fromCheck->setText(tr("From"));
    m_toCheck->setText(tr("to"));
    m_filter->setText(tr("Filter"));
    m_clear->setText(tr("Clear"));
    m_verify->setText(tr("Verify the chain"));
    m_verify->setToolTip(tr("Recompute every row's hash and name the first row that was changed, deleted or inserted (%1)")
                             .arg(m_verify->shortcut().toString(QKeySequence::NativeText)));
    m_cancel->setText(tr("Cancel"));
    if (m_model)
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, itemmodels::AuditLogModel::ColumnCount - 1);
    showEmpty(isShowingEmptyState());
    updateStatus();
}

void AuditPage::setDatabase(store::Database *db)
{
    cancelVerify();
    m_db = db;
    m_verifyResult->clear();
    m_view->setModel(nullptr);
    m_model.reset();
    if (m_db) {
        m_model = std::make_unique<itemmodels::AuditLogModel>(m_db->spec());
        m_view->setModel(m_model.get());
        m_view->horizontalHeader()->setSortIndicator(itemmodels::AuditLogModel::Id, Qt::DescendingOrder);
        connect(m_model.get(), &itemmodels::AuditLogModel::totalRowsChanged, this, &AuditPage::updateStatus);
        connect(m_model.get(), &itemmodels::AuditLogModel::errorOccurred, this, &AuditPage::updateStatus);
        applyFilters();
        // Short columns fit their contents once the first page is in.
        auto sized = std::make_shared<QMetaObject::Connection>();
        *sized = connect(m_model.get(), &itemmodels::AuditLogModel::loadingChanged, this, [this, sized](bool loading) {
            if (loading || !m_model || m_model->rowCount() == 0)
                return;
            disconnect(*sized);
            for (int column = itemmodels::AuditLogModel::Id; column <= itemmodels::AuditLogModel::EntityId; ++column)
                m_view->resizeColumnToContents(column);
            for (int column : {itemmodels::AuditLogModel::Reason, itemmodels::AuditLogModel::Before, itemmodels::AuditLogModel::After})
                m_view->setColumnWidth(column, 220);
        });
        // The first count decides between the table and the empty state;
        // later ones (filtering) leave the table in place.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_model.get(), &itemmodels::AuditLogModel::totalRowsChanged, this,
                              [this, connection](qint64 total) {
                                  disconnect(*connection);
                                  showEmpty(total == 0);
                              });
    }
    showEmpty(m_db == nullptr);
    for (QWidget *w : std::initializer_list<QWidget *>{m_verify, m_filter, m_clear, m_view})
        w->setEnabled(m_db != nullptr);
    updateStatus();
}

void AuditPage::refresh()
{
    // Re-opened so that the first count decides again between the table
    // and the empty state (rows may have arrived since).
    if (m_db && isShowingEmptyState())
        setDatabase(m_db);
    else if (m_model)
        m_model->refresh();
    updateStatus();
}

void AuditPage::applyFilters()
{
    if (!m_model)
        return;
    audit::AuditFilter filter;
    filter.actor = m_who->text().trimmed();
    filter.action = m_what->currentText().trimmed();
    filter.entity = m_entity->currentText().trimmed();
    filter.entityId = m_entityId->text().trimmed();
    // The edits show local time; the log stores UTC.
    if (m_fromCheck->isChecked())
        filter.fromUtc = m_from->dateTime().toUTC().toString(Qt::ISODateWithMs);
    if (m_toCheck->isChecked())
        filter.toUtc = m_to->dateTime().toUTC().toString(Qt::ISODateWithMs);
    m_model->setFilter(filter);
    updateStatus();
}

void AuditPage::clearFilters()
{
    m_who->clear();
    m_what->setCurrentIndex(0);
    m_what->setEditText(QString());
    m_entity->setCurrentIndex(0);
    m_entity->setEditText(QString());
    m_entityId->clear();
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
    applyFilters();
}

void AuditPage::updateStatus()
{
    if (!m_db || !m_model) {
        m_status->setText(tr("No database is open."));
        return;
    }
    if (!m_model->lastError().isEmpty()) {
        m_status->setText(m_model->lastError());
        return;
    }
    const auto total = m_model->totalRows();
    m_status->setText(total ? tr("%n row(s)", nullptr, int(qMin<qint64>(*total, INT_MAX))) : tr("Counting…"));
}

void AuditPage::showEmpty(bool empty)
{
    if (m_db)
        m_empty->setText(tr("The audit log is empty."),
                         tr("Every change to policies, decisions and payments is recorded here with who made it, when and why. Entries cannot be changed or deleted."));
    else
        m_empty->setText(tr("No database is open."),
                         tr("Open a SQLite database or connect to a PostgreSQL server from the File menu."));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_content);
}

bool AuditPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

bool AuditPage::isVerifying() const
{
    return m_watcher.isRunning();
}

QString AuditPage::verifyResultText() const
{
    return m_verifyResult->text();
}

void AuditPage::startVerify()
{
    if (!m_db || isVerifying())
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_outcome = std::make_shared<VerifyOutcome>();
    m_verify->setEnabled(false);
    m_cancel->setVisible(true);
    m_progress->setVisible(true);
    m_verifyResult->setText(tr("Verifying the chain…"));
    const store::ConnectionSpec spec = m_db->spec();
    auto cancel = m_cancelFlag;
    auto outcome = m_outcome;
    QPointer<AuditPage> self(this);
    m_watcher.setFuture(QtConcurrent::run([spec, cancel, outcome, self] {
        // A connection of its own, opened in this thread.
        auto db = store::Database::open(spec);
        if (!db) {
            outcome->error = db.error();
            return;
        }
        auto result = audit::verifyAuditChain(*db.value(), [cancel, self](qint64 rows) {
            QMetaObject::invokeMethod(qApp, [self, rows] {
                if (self && self->isVerifying())
                    self->m_verifyResult->setText(tr("Verifying the chain… %Ln row(s) checked", "", int(qMin<qint64>(rows, INT_MAX))));
            }, Qt::QueuedConnection);
            return !cancel->load();
        });
        if (result)
            outcome->report = result.value();
        else
            outcome->error = result.error();
    }));
}

void AuditPage::cancelVerify()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void AuditPage::verifyFinished()
{
    m_verify->setEnabled(m_db != nullptr);
    m_cancel->setVisible(false);
    m_progress->setVisible(false);
    if (!m_outcome)
        return;
    if (m_outcome->report)
        showVerifyResult(*m_outcome->report);
    else
        m_verifyResult->setText(m_outcome->error);
    m_outcome.reset();
}

void AuditPage::showVerifyResult(const audit::VerifyReport &report)
{
    QString text = report.message();
    if (!report.intact()) {
        text = QStringLiteral("<b style='color:#b00020'>%1</b>").arg(text.toHtmlEscaped());
        // Show the broken row when it is among those loaded.
        if (m_model) {
            const int row = m_model->rowOfId(report.brokenId > 0 ? report.brokenId : report.nextId);
            if (row >= 0) {
                m_view->selectRow(row);
                m_view->scrollTo(m_model->index(row, 0));
            }
        }
    } else {
        text = text.toHtmlEscaped();
    }
    m_verifyResult->setText(text);
}

} // namespace mianshen::ui
