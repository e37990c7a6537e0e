#include "ui/stats/NoticeDialog.h"

#include "domain/Month.h"
#include "itemmodels/NoticeDocument.h"
#include "itemmodels/SensitiveMask.h"
#include "itemmodels/TableExport.h"
#include "stats/NoticeObjections.h"
#include "stats/PolicyDirectory.h"
#include "stats/YuanText.h"
#include "store/Database.h"
#include "ui/FileDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace mianshen::ui {

namespace {

enum Source { PolicyMonth = 0, Batch = 1 };

QTableWidget *newTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    return table;
}

void fill(QTableWidget *table, const stats::ExportTable &t)
{
    table->setSortingEnabled(false);
    table->clear();
    table->setColumnCount(int(t.header.size()));
    table->setHorizontalHeaderLabels(t.header);
    table->setRowCount(int(t.rows.size()));
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int c = 0; c < t.rows.at(r).size(); ++c) {
            const auto kind = t.kinds.value(c);
            const QVariant v = t.rows.at(r).at(c);
            auto *item = new QTableWidgetItem(kind == stats::ExportTable::Kind::Money
                                                  ? stats::YuanText::full(v.toLongLong())
                                                  : itemmodels::TableExport::cellText(t, c, v));
            if (kind != stats::ExportTable::Kind::Text) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            item->setData(Qt::UserRole, r);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    table->setSortingEnabled(true);
}

} // namespace

NoticeDialog::NoticeDialog(store::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Public notice (公示)"));
    resize(1000, 720);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildSource());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *listBox = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(listBox);
    m_filter->setPlaceholderText(tr("Filter the list (name, id, period)…"));
    m_filter->setClearButtonEnabled(true);
    listLayout->addWidget(m_filter);
    m_entries = newTable(listBox);
    listLayout->addWidget(m_entries, 1);
    m_summary = new QLabel(listBox);
    listLayout->addWidget(m_summary);
    splitter->addWidget(listBox);
    splitter->addWidget(buildObjections());
    layout->addWidget(splitter, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    QPushButton *xlsx = buttons->addButton(tr("Export .xlsx…"), QDialogButtonBox::ActionRole);
    connect(pdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(xlsx, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("xlsx")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int r = 0; r < m_entries->rowCount(); ++r) {
            bool match = text.isEmpty();
            for (int c = 0; !match && c < m_entries->columnCount(); ++c)
                match = m_entries->item(r, c) && m_entries->item(r, c)->text().contains(text, Qt::CaseInsensitive);
            m_entries->setRowHidden(r, !match);
        }
    });
}

NoticeDialog::NoticeDialog(store::Database &db, const QString &policyCode, const QString &period, QWidget *parent)
    : NoticeDialog(db, parent)
{
    const int index = m_policy->findData(policyCode);
    m_policy->setCurrentIndex(index >= 0 ? index : 0);
    if (const auto month = domain::Month::parse(period))
        m_period->setDate(month->firstDay());
    m_source->setCurrentIndex(PolicyMonth);
    reload();
}

NoticeDialog::NoticeDialog(store::Database &db, qint64 batchId, QWidget *parent)
    : NoticeDialog(db, parent)
{
    m_batch->setValue(int(batchId));
    m_source->setCurrentIndex(Batch);
    reload();
}

NoticeDialog::~NoticeDialog() = default;

void NoticeDialog::openForBatch(store::Database &db, qint64 batchId, QWidget *parent)
{
    NoticeDialog dialog(db, batchId, parent);
    dialog.exec();
}

bool NoticeDialog::chinese() const
{
    return QLocale().language() == QLocale::Chinese;
}

QLayout *NoticeDialog::buildSource()
{
    auto *row = new QHBoxLayout;
    m_source = new QComboBox(this);
    m_source->addItem(tr("Policy and month"));
    m_source->addItem(tr("Payment batch"));
    row->addWidget(m_source);
    m_policy = new QComboBox(this);
    if (const auto policies = stats::PolicyDirectory::load(m_db)) {
        const rules::Language language = chinese() ? rules::Language::Zh : rules::Language::En;
        for (const stats::PolicyFacts &p : policies.value())
            m_policy->addItem(QStringLiteral("%1  %2").arg(p.code, p.title.in(language)), p.code);
    }
    row->addWidget(m_policy, 1);
    m_period = new QDateEdit(QDate::currentDate(), this);
    m_period->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_period->setToolTip(tr("The month of the payments"));
    row->addWidget(m_period);
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, std::numeric_limits<int>::max());
    m_batch->setPrefix(tr("Batch "));
    row->addWidget(m_batch);
    row->addWidget(new QLabel(tr("Displayed from"), this));
    m_noticeFrom = new QDateEdit(QDate::currentDate(), this);
    m_noticeFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_noticeFrom->setCalendarPopup(true);
    row->addWidget(m_noticeFrom);
    m_noticeDays = new QSpinBox(this);
    m_noticeDays->setRange(1, 90);
    m_noticeDays->setValue(7);
    m_noticeDays->setSuffix(tr(" days"));
    row->addWidget(m_noticeDays);
    const auto sourceChanged = [this] {
        const bool batch = m_source->currentIndex() == Batch;
        m_policy->setEnabled(!batch);
        m_period->setEnabled(!batch);
        m_batch->setEnabled(batch);
    };
    sourceChanged();
    connect(m_source, &QComboBox::currentIndexChanged, this, [this, sourceChanged] {
        sourceChanged();
        reload();
    });
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_period, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(m_batch, &QSpinBox::editingFinished, this, [this] { reload(); });
    const auto periodChanged = [this] {
        m_list.noticeFrom = m_noticeFrom->date();
        m_list.noticeUntil = m_noticeFrom->date().addDays(m_noticeDays->value() - 1);
        fillEntries();
    };
    connect(m_noticeFrom, &QDateEdit::dateChanged, this, periodChanged);
    connect(m_noticeDays, &QSpinBox::valueChanged, this, periodChanged);
    return row;
}

QWidget *NoticeDialog::buildObjections()
{
    auto *box = new QGroupBox(tr("Objections received"), this);
    auto *layout = new QVBoxLayout(box);
    m_objections = newTable(box);
    layout->addWidget(m_objections, 1);

    auto *record = new QHBoxLayout;
    m_raisedBy = new QLineEdit(box);
    m_raisedBy->setPlaceholderText(tr("Raised by"));
    m_received = new QDateEdit(QDate::currentDate(), box);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received->setCalendarPopup(true);
    m_received->setToolTip(tr("Received on"));
    m_about = new QComboBox(box);
    m_about->setToolTip(tr("What it is about: the whole list or one line of it"));
    m_content = new QLineEdit(box);
    m_content->setPlaceholderText(tr("What the objection says"));
    m_record = new QPushButton(tr("Record objection"), box);
    m_raisedBy->setObjectName(QStringLiteral("raisedBy"));
    m_received->setObjectName(QStringLiteral("received"));
    m_about->setObjectName(QStringLiteral("about"));
    m_content->setObjectName(QStringLiteral("content"));
    m_record->setObjectName(QStringLiteral("recordObjection"));
    record->addWidget(m_raisedBy);
    record->addWidget(m_received);
    record->addWidget(m_about);
    record->addWidget(m_content, 1);
    record->addWidget(m_record);
    layout->addLayout(record);

    auto *decide = new QHBoxLayout;
    decide->addWidget(new QLabel(tr("Outcome of the selected objection:"), box));
    m_outcome = new QComboBox(box);
    m_outcome->addItem(tr("pending"), QStringLiteral("pending"));
    m_outcome->addItem(tr("upheld"), QStringLiteral("upheld"));
    m_outcome->addItem(tr("dismissed"), QStringLiteral("dismissed"));
    m_outcome->addItem(tr("withdrawn"), QStringLiteral("withdrawn"));
    m_note = new QLineEdit(box);
    m_note->setPlaceholderText(tr("Note on the outcome"));
    m_decided = new QDateEdit(QDate::currentDate(), box);
    m_decided->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_decided->setCalendarPopup(true);
    m_decided->setToolTip(tr("Decided on"));
    m_decide = new QPushButton(tr("Set outcome"), box);
    m_decide->setEnabled(false);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_note->setObjectName(QStringLiteral("outcomeNote"));
    m_decided->setObjectName(QStringLiteral("decided"));
    m_decide->setObjectName(QStringLiteral("setOutcome"));
    decide->addWidget(m_outcome);
    decide->addWidget(m_note, 1);
    decide->addWidget(m_decided);
    decide->addWidget(m_decide);
    layout->addLayout(decide);

    connect(m_record, &QPushButton::clicked, this, [this] { showStatus(recordObjection(), tr("Objection recorded.")); });
    connect(m_decide, &QPushButton::clicked, this, [this] { showStatus(setOutcome(), tr("Outcome recorded.")); });
    connect(m_objections, &QTableWidget::itemSelectionChanged, this,
            [this] { m_decide->setEnabled(!m_objections->selectedItems().isEmpty()); });
    return box;
}

void NoticeDialog::reload()
{
    domain::Result<stats::NoticeList> read = m_source->currentIndex() == Batch
        ? stats::NoticeListReader::readBatch(m_db, m_batch->value())
        : stats::NoticeListReader::read(m_db, m_policy->currentData().toString(),
                                        domain::Month::fromDate(m_period->date()).toString());
    if (!read) {
        m_list = {};
        m_status->setText(read.error());
    } else {
        m_list = read.value();
        m_status->clear();
    }
    m_list.noticeFrom = m_noticeFrom->date();
    m_list.noticeUntil = m_noticeFrom->date().addDays(m_noticeDays->value() - 1);
    fillEntries();
    fillObjections();
}

void NoticeDialog::fillEntries()
{
    fill(m_entries, itemmodels::NoticeDocument::entries(m_list, chinese()));
    if (!m_filter->text().isEmpty())
        Q_EMIT m_filter->textChanged(m_filter->text());
    m_summary->setText(tr("%n line(s), total %1. Displayed %2 to %3.", "", int(m_list.entries.size()))
                           .arg(stats::YuanText::full(m_list.totalFen()), m_list.noticeFrom.toString(Qt::ISODate),
                                m_list.noticeUntil.toString(Qt::ISODate)));
    const QString about = m_about->currentData().toString();
    m_about->clear();
    m_about->addItem(tr("The whole list"), QString());
    for (const stats::NoticeEntry &e : std::as_const(m_list.entries)) {
        const QString label = QStringLiteral("%1 %2").arg(itemmodels::SensitiveMask::subjectName(e.name, e.subjectKind),
                                                          itemmodels::SensitiveMask::subjectId(e.subjectId, e.subjectKind));
        if (m_about->findData(e.subjectId) < 0) {
            m_about->addItem(label, e.subjectId);
            m_about->setItemData(m_about->count() - 1, e.policyCode, Qt::UserRole + 1);
        }
    }
    m_about->setCurrentIndex(std::max(0, m_about->findData(about)));
}

void NoticeDialog::fillObjections()
{
    fill(m_objections, itemmodels::NoticeDocument::objections(m_list));
    m_decide->setEnabled(false);
}

QString NoticeDialog::statusText() const
{
    return m_status->text();
}

void NoticeDialog::showStatus(const domain::Status &status, const QString &done)
{
    m_status->setText(status ? done : status.error());
}

domain::Status NoticeDialog::recordObjection()
{
    if (m_list.period.isEmpty())
        return domain::Status::failure(tr("Choose a notice list first."));
    stats::NoticeObjection o;
    o.batchId = m_list.batchId;
    o.period = m_list.period;
    o.subjectId = m_about->currentData().toString();
    o.policyCode = o.subjectId.isEmpty() ? m_list.policyCode : m_about->currentData(Qt::UserRole + 1).toString();
    o.raisedBy = m_raisedBy->text().trimmed();
    o.receivedAt = m_received->date().toString(Qt::ISODate);
    o.content = m_content->text().trimmed();
    const auto id = stats::NoticeObjections(m_db).record(o);
    if (!id)
        return domain::Status::failure(id.error());
    m_raisedBy->clear();
    m_content->clear();
    reload();
    return {};
}

domain::Status NoticeDialog::setOutcome()
{
    const QList<QTableWidgetItem *> selected = m_objections->selectedItems();
    if (selected.isEmpty())
        return domain::Status::failure(tr("Select the objection whose outcome you record."));
    const int index = selected.first()->data(Qt::UserRole).toInt();
    if (index < 0 || index >= m_list.objections.size())
        return domain::Status::failure(tr("Select the objection whose outcome you record."));
    const QString outcome = m_outcome->currentData().toString();
    const QString decided = outcome == QLatin1String("pending") ? QString() : m_decided->date().toString(Qt::ISODate);
    if (auto s = stats::NoticeObjections(m_db).decide(m_list.objections.at(index).id, outcome, m_note->text().trimmed(),
                                                      decided);
        !s)
        return s;
    m_note->clear();
    reload();
    return {};
}

domain::Status NoticeDialog::exportTo(const QString &path)
{
    return itemmodels::NoticeDocument::write(m_list, path, chinese());
}

void NoticeDialog::exportAs(const QString &suffix)
{
    const QString name = m_list.batchId > 0 ? tr("public notice batch %1 %2").arg(m_list.batchId).arg(m_list.period)
                                            : tr("public notice %1 %2").arg(m_list.policyCode, m_list.period);
    const QString filter = suffix == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("Excel workbook (*.xlsx)");
    QString path = FileDialog::saveFile(this, tr("Export the public notice"), name + u'.' + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    showStatus(exportTo(path), tr("Wrote %1.").arg(path));
}

} // namespace mianshen::ui
