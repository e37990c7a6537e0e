#include "ui/authoring/TestCaseEditor.h"

#include "catalog/FeedCatalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mianshen::ui {

using authoring::EditorTestCase;

namespace {

QString joinIds(const std::optional<QStringList> &ids)
{
    return ids ? ids->join(QStringLiteral(", ")) : QString();
}

std::optional<QStringList> splitIds(const QString &text, bool keepEmpty)
{
    QStringList out;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    if (out.isEmpty() && !keepEmpty)
        return std::nullopt;
    return out;
}

} // namespace

TestCaseEditor::TestCaseEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_cases = new QTableWidget(0, CaseColumnCount, top);
    m_cases->setObjectName(QStringLiteral("cases"));
    m_cases->setHorizontalHeaderLabels({tr("Name"), tr("Period"), tr("Subject"), tr("Eligible"), tr("Amount (yuan)"),
                                        tr("Flags"), tr("Failed"), tr("Result")});
    m_cases->horizontalHeader()->setStretchLastSection(true);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    topLayout->addWidget(m_cases, 1);
    auto *buttons = new QHBoxLayout;
    m_addCase = new QPushButton(tr("Add Case"), top);
    m_removeCase = new QPushButton(tr("Remove Case"), top);
    m_run = new QPushButton(tr("&Run Tests"), top);
    m_run->setObjectName(QStringLiteral("runTests"));
    m_run->setShortcut(QKeySequence(Qt::Key_F5));
    m_run->setToolTip(tr("Run every case (F5)"));
    m_summary = new QLabel(top);
    m_summary->setObjectName(QStringLiteral("testSummary"));
    buttons->addWidget(m_addCase);
    buttons->addWidget(m_removeCase);
    buttons->addWidget(m_run);
    buttons->addWidget(m_summary, 1);
    topLayout->addLayout(buttons);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *feedRow = new QHBoxLayout;
    m_feed = new QComboBox(bottom);
    m_feed->setObjectName(QStringLiteral("feed"));
    for (const catalog::Feed &f : catalog::FeedCatalog::builtin().feeds())
        m_feed->addItem(QStringLiteral("%1 — %2").arg(f.name, QLocale().language() == QLocale::Chinese ? f.titleZh : f.titleEn), f.name);
    m_addRecord = new QPushButton(tr("Add Record"), bottom);
    m_removeRecord = new QPushButton(tr("Remove Record"), bottom);
    feedRow->addWidget(new QLabel(tr("Records of the feed"), bottom));
    feedRow->addWidget(m_feed, 1);
    feedRow->addWidget(m_addRecord);
    feedRow->addWidget(m_removeRecord);
    bottomLayout->addLayout(feedRow);
    m_records = new QTableWidget(bottom);
    m_records->setObjectName(QStringLiteral("records"));
    bottomLayout->addWidget(m_records, 1);
    layout->addWidget(splitter);

    connect(m_addCase, &QPushButton::clicked, this, &TestCaseEditor::addCase);
    connect(m_removeCase, &QPushButton::clicked, this, &TestCaseEditor::removeCase);
    connect(m_run, &QPushButton::clicked, this, [this] { runTests(); });
    connect(m_cases, &QTableWidget::itemChanged, this, [this] { storeCases(); });
    connect(m_cases, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (row != previous)
            fillRecords();
    });
    connect(m_feed, &QComboBox::currentIndexChanged, this, [this] { fillRecords(); });
    connect(m_records, &QTableWidget::itemChanged, this, [this] { storeRecords(); });
    connect(m_addRecord, &QPushButton::clicked, this, &TestCaseEditor::addRecord);
    connect(m_removeRecord, &QPushButton::clicked, this, [this] {
        EditorTestCase *c = currentCase();
        const int r = m_records->currentRow();
        if (!c || r < 0)
            return;
        auto &rows = c->feedRowsFor(m_feed->currentData().toString()).rows;
        if (r < rows.size())
            rows.removeAt(r);
        fillRecords();
        Q_EMIT edited();
    });
}

void TestCaseEditor::setDocument(authoring::EditorDocument *document)
{
    m_document = document;
    m_outcomes.clear();
    fillCases();
}

EditorTestCase *TestCaseEditor::currentCase() const
{
    const int row = m_cases->currentRow();
    if (!m_document || row < 0 || row >= m_document->tests.size())
        return nullptr;
    return &m_document->tests[row];
}

void TestCaseEditor::fillCases()
{
    const int keep = m_cases->currentRow();
    m_loading = true;
    const int n = m_document ? int(m_document->tests.size()) : 0;
    m_cases->setRowCount(n);
    const bool zh = QLocale().language() == QLocale::Chinese;
    for (int r = 0; r < n; ++r) {
        const EditorTestCase &t = m_document->tests[r];
        m_cases->setItem(r, NameColumn, new QTableWidgetItem(t.name));
        m_cases->setItem(r, PeriodColumn, new QTableWidgetItem(t.period));
        m_cases->setItem(r, SubjectColumn, new QTableWidgetItem(t.subject));
        auto *eligible = new QTableWidgetItem;
        eligible->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        eligible->setCheckState(t.expectEligible ? Qt::Checked : Qt::Unchecked);
        m_cases->setItem(r, EligibleColumn, eligible);
        m_cases->setItem(r, AmountColumn, new QTableWidgetItem(t.expectAmount.value_or(QString())));
        m_cases->setItem(r, FlagsColumn, new QTableWidgetItem(joinIds(t.expectFlags)));
        m_cases->setItem(r, FailedColumn, new QTableWidgetItem(joinIds(t.expectFailed)));
        auto *result = new QTableWidgetItem;
        result->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        for (const auto &o : m_outcomes) {
            if (o.name != t.name)
                continue;
            result->setText(o.passed ? tr("passed") : tr("FAILED: %1").arg(zh ? o.message.zh : o.message.en));
            result->setBackground(o.passed ? QColor(0xc8, 0xe6, 0xc9) : QColor(0xff, 0xcd, 0xd2));
            result->setToolTip(o.explanation);
        }
        m_cases->setItem(r, ResultColumn, result);
    }
    m_loading = false;
    if (n > 0)
        m_cases->setCurrentCell(qBound(0, keep, n - 1), 0);
    fillRecords();
}

void TestCaseEditor::storeCases()
{
    if (m_loading || !m_document)
        return;
    auto text = [&](int r, int c) { return m_cases->item(r, c) ? m_cases->item(r, c)->text().trimmed() : QString(); };
    for (int r = 0; r < m_cases->rowCount() && r < m_document->tests.size(); ++r) {
        EditorTestCase &t = m_document->tests[r];
        t.name = text(r, NameColumn);
        t.period = text(r, PeriodColumn);
        t.subject = text(r, SubjectColumn);
        t.expectEligible = m_cases->item(r, EligibleColumn) && m_cases->item(r, EligibleColumn)->checkState() == Qt::Checked;
        const QString amount = text(r, AmountColumn);
        t.expectAmount = amount.isEmpty() ? std::nullopt : std::optional<QString>(amount);
        t.expectFlags = splitIds(text(r, FlagsColumn), t.expectFlags.has_value());
        t.expectFailed = splitIds(text(r, FailedColumn), t.expectFailed.has_value());
    }
    Q_EMIT edited();
}

void TestCaseEditor::fillRecords()
{
    m_loading = true;
    const catalog::Feed *feed = catalog::FeedCatalog::builtin().feed(m_feed->currentData().toString());
    const EditorTestCase *c = currentCase();
    m_records->clear();
    m_records->setRowCount(0);
    m_records->setColumnCount(feed ? int(feed->columns.size()) : 0);
    if (feed) {
        QStringList headers;
        for (const catalog::Column &col : feed->columns)
            headers << col.name;
        m_records->setHorizontalHeaderLabels(headers);
    }
    const EditorTestCase::FeedRows *rows = c && feed ? c->feedRows(feed->name) : nullptr;
    if (rows) {
        m_records->setRowCount(int(rows->rows.size()));
        for (int r = 0; r < rows->rows.size(); ++r)
            for (const auto &cell : rows->rows[r])
                if (const int col = feed->columnIndex(cell.first); col >= 0)
                    m_records->setItem(r, col, new QTableWidgetItem(cell.second));
    }
    for (QWidget *w : {static_cast<QWidget *>(m_records), static_cast<QWidget *>(m_addRecord), static_cast<QWidget *>(m_removeRecord)})
        w->setEnabled(c != nullptr);
    m_loading = false;
}

void TestCaseEditor::storeRecords()
{
    EditorTestCase *c = currentCase();
    const catalog::Feed *feed = catalog::FeedCatalog::builtin().feed(m_feed->currentData().toString());
    if (m_loading || !c || !feed)
        return;
    auto &rows = c->feedRowsFor(feed->name).rows;
    rows.clear();
    for (int r = 0; r < m_records->rowCount(); ++r) {
        EditorTestCase::Row row;
        for (int col = 0; col < m_records->columnCount(); ++col) {
            const QTableWidgetItem *it = m_records->item(r, col);
            if (it && !it->text().isEmpty())
                row.append({feed->columns[col].name, it->text()});
        }
        rows.append(row);
    }
    Q_EMIT edited();
}

void TestCaseEditor::showFeed(const QString &feed)
{
    const int i = m_feed->findData(feed);
    if (i >= 0)
        m_feed->setCurrentIndex(i);
}

void TestCaseEditor::addRecord()
{
    EditorTestCase *c = currentCase();
    const catalog::Feed *feed = catalog::FeedCatalog::builtin().feed(m_feed->currentData().toString());
    if (!c || !feed)
        return;
    EditorTestCase::Row row;
    if (!feed->subjectColumn.isEmpty())
        row.append({feed->subjectColumn, c->subject});
    c->feedRowsFor(feed->name).rows.append(row);
    fillRecords();
    m_records->setCurrentCell(m_records->rowCount() - 1, 0);
    Q_EMIT edited();
}

void TestCaseEditor::addCase()
{
    if (!m_document)
        return;
    EditorTestCase t;
    t.name = QStringLiteral("case_%1").arg(m_document->tests.size() + 1);
    t.period = m_document->effectiveFrom;
    if (!m_document->tests.isEmpty())
        t.subject = m_document->tests.last().subject;
    t.expectEligible = true;
    m_document->tests.append(t);
    m_document->hasTests = true;
    fillCases();
    m_cases->setCurrentCell(int(m_document->tests.size()) - 1, 0);
    Q_EMIT edited();
}

void TestCaseEditor::removeCase()
{
    const int row = m_cases->currentRow();
    if (!m_document || row < 0 || row >= m_document->tests.size())
        return;
    m_document->tests.removeAt(row);
    fillCases();
    Q_EMIT edited();
}

void TestCaseEditor::selectCase(int row)
{
    m_cases->setCurrentCell(row, 0);
}

QList<authoring::EditorTestOutcome> TestCaseEditor::runTests()
{
    if (!m_document)
        return {};
    const authoring::EditorTestRun run(catalog::FeedCatalog::builtin());
    const bool zh = QLocale().language() == QLocale::Chinese;
    m_outcomes = run.run(*m_document, zh ? rules::Language::Zh : rules::Language::En);
    int passed = 0;
    for (const auto &o : m_outcomes)
        passed += o.passed ? 1 : 0;
    m_summary->setText(tr("%1 passed, %2 failed").arg(passed).arg(m_outcomes.size() - passed));
    fillCases();
    return m_outcomes;
}

} // namespace mianshen::ui
