#include "ui/review/CaseView.h"

#include "domain/Money.h"
#include "itemmodels/SensitiveMask.h"
#include "ui/review/ReviewTexts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mianshen::ui {

namespace {

QString money(qint64 fen)
{
    return domain::Money::fromFen(fen).toDisplayString();
}

// A line in place of the data that could not be read.
void showProblem(QTreeWidget *tree, const QString &problem)
{
    auto *item = new QTreeWidgetItem(tree, {problem});
    item->setFirstColumnSpanned(true);
    item->setForeground(0, QColor(0xb0, 0x00, 0x20));
}

QTreeWidgetItem *section(QTreeWidget *tree, const QString &title)
{
    auto *item = new QTreeWidgetItem(tree, {title});
    item->setFirstColumnSpanned(true);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setExpanded(true);
    return item;
}

} // namespace

CaseView::CaseView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_message = new QLabel(m_stack);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_message);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_header = new QLabel(content);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_header, 1);
    m_reveal = new QPushButton(content);
    m_reveal->setFocusPolicy(Qt::TabFocus);
    top->addWidget(m_reveal, 0, Qt::AlignTop);
    contentLayout->addLayout(top);
    m_flags = new QLabel(content);
    m_flags->setWordWrap(true);
    contentLayout->addWidget(m_flags);
    m_tabs = new QTabWidget(content);
    m_explanation = new QPlainTextEdit(m_tabs);
    m_explanation->setReadOnly(true);
    m_records = new QTreeWidget(m_tabs);
    m_history = new QTreeWidget(m_tabs);
    m_precedents = new QTreeWidget(m_tabs);
    for (QTreeWidget *tree : {m_records, m_history, m_precedents}) {
        tree->setRootIsDecorated(true);
        tree->setAlternatingRowColors(true);
        tree->setUniformRowHeights(true);
        tree->header()->setStretchLastSection(true);
    }
    m_tabs->addTab(m_explanation, QString());
    m_tabs->addTab(m_records, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_precedents, QString());
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (m_revealed)
            setRevealed(false);
        else
            Q_EMIT revealRequested();
    });
    retranslate();
    showMessage(QString());
}

void CaseView::showMessage(const QString &message)
{
    m_file.reset();
    m_revealed = false;
    m_message->setText(message.isEmpty() ? tr("Choose a case in the queue to see why it was flagged.") : message);
    m_stack->setCurrentIndex(0);
}

void CaseView::setCase(const review::CaseFile &file)
{
    const bool same = m_file && m_file->awardId == file.awardId;
    m_file = file;
    if (!same)
        m_revealed = false;
    m_stack->setCurrentIndex(1);
    render();
}

void CaseView::setRevealed(bool revealed)
{
    m_revealed = revealed;
    render();
}

QString CaseView::messageText() const
{
    return m_stack->currentIndex() == 0 ? m_message->text() : QString();
}

QString CaseView::headerText() const
{
    return m_header->text() + u'\n' + m_flags->text();
}

QString CaseView::explanationText() const
{
    return m_explanation->toPlainText();
}

QString CaseView::shown(const QString &value, review::CaseSensitivity sensitivity) const
{
    if (m_revealed || value.isEmpty())
        return value;
    switch (sensitivity) {
    case review::CaseSensitivity::IdNumber:
        return itemmodels::SensitiveMask::idNumber(value);
    case review::CaseSensitivity::Account:
        return itemmodels::SensitiveMask::accountNumber(value);
    case review::CaseSensitivity::Name:
        return tr("(hidden)");
    case review::CaseSensitivity::None:
        break;
    }
    return value;
}

void CaseView::render()
{
    if (!m_file)
        return;
    const review::CaseFile &f = *m_file;
    const bool person = f.subjectKind != u"enterprise";
    const QString subject = shown(f.subjectId, review::CaseSensitivity::IdNumber);
    const QString name = person ? shown(f.subjectName, review::CaseSensitivity::Name) : f.subjectName;
    m_header->setText(tr("Case %1: %2 (%3, version %4)\nSubject: %5 %6 — period %7 — %8 — %9")
                          .arg(f.awardId)
                          .arg(f.policyTitle.isEmpty() ? f.policyCode : f.policyTitle, f.policyCode)
                          .arg(f.policyVersion)
                          .arg(name, subject, ReviewTexts::period(f.period), money(f.amountFen),
                               ReviewTexts::status(f.status)));
    QStringList labels;
    for (const review::CaseFlag &flag : f.flags)
        labels << flag.label;
    m_flags->setText(labels.isEmpty() ? tr("Flags: none") : tr("Flags: %1").arg(labels.join(QStringLiteral("; "))));
    m_reveal->setText(m_revealed ? tr("Hide personal data") : tr("Show personal data…"));
    // The explanation names the subject too: masked the same way until revealed.
    QString explanation = f.explanationError.isEmpty()
                              ? f.explanation
                              : tr("The explanation could not be produced: %1").arg(f.explanationError);
    if (!m_revealed) {
        if (!f.subjectId.isEmpty())
            explanation.replace(f.subjectId, subject);
        if (person && !f.subjectName.isEmpty())
            explanation.replace(f.subjectName, name);
    }
    m_explanation->setPlainText(explanation);
    renderRecords();
    renderHistory();
    renderPrecedents();
}

void CaseView::renderRecords()
{
    m_records->clear();
    m_records->setColumnCount(1);
    m_records->setHeaderLabels({tr("Feed and rows"), tr("Delivered")});
    if (!m_file->recordsError.isEmpty()) {
        showProblem(m_records, tr("The records could not be read: %1 Check the policy version is published, then "
                                  "refresh (F5).")
                                   .arg(m_file->recordsError));
        return;
    }
    int columns = 2;
    for (const review::CaseFeedRecords &feed : m_file->records) {
        QTreeWidgetItem *top = section(m_records, tr("%1 (%2): %n row(s)", nullptr, int(feed.rows.size()))
                                                      .arg(feed.title, feed.feed));
        if (feed.rows.isEmpty()) {
            auto *none = new QTreeWidgetItem(top, {tr("No rows for this subject.")});
            none->setFirstColumnSpanned(true);
            continue;
        }
        auto *header = new QTreeWidgetItem(top, QStringList{tr("Delivered")} + feed.columns);
        QFont italic = header->font(0);
        italic.setItalic(true);
        for (int c = 0; c < header->columnCount(); ++c)
            header->setFont(c, italic);
        for (const auto &row : feed.rows) {
            QStringList cells{row.deliveredAt.isEmpty() ? tr("import %1").arg(row.importId)
                                                        : ReviewTexts::time(row.deliveredAt).left(10)};
            for (int c = 0; c < row.values.size(); ++c)
                cells << shown(row.values.at(c), feed.sensitivity.value(c));
            auto *item = new QTreeWidgetItem(top, cells);
            item->setToolTip(0, tr("Import %1, file %2").arg(row.importId).arg(row.fileName));
        }
        if (feed.truncated)
            new QTreeWidgetItem(top, {tr("More rows not shown: see the Data page.")});
        columns = qMax(columns, int(feed.columns.size()) + 1);
    }
    m_records->setColumnCount(columns);
    m_records->expandAll();
}

void CaseView::renderHistory()
{
    m_history->clear();
    m_history->setColumnCount(6);
    m_history->setHeaderLabels({tr("Policy"), tr("Period"), tr("Amount"), tr("Status"), tr("By / reason"), tr("When")});
    const review::CaseFile &f = *m_file;
    if (!f.historyError.isEmpty()) {
        showProblem(m_history, tr("%1 Refresh (F5) to try again.").arg(f.historyError));
        return;
    }
    QTreeWidgetItem *awards = section(m_history, tr("Earlier awards: %n", nullptr, int(f.earlierAwards.size())));
    for (const review::CaseAwardLine &a : f.earlierAwards)
        new QTreeWidgetItem(awards, {a.policyCode, ReviewTexts::period(a.period), money(a.amountFen),
                                     ReviewTexts::status(a.status), QString(), ReviewTexts::time(a.createdAt)});
    QTreeWidgetItem *reviews = section(m_history, tr("Reviews: %n", nullptr, int(f.reviews.size())));
    for (const review::CaseReviewLine &r : f.reviews) {
        const QString who = r.reason.isEmpty() ? r.reviewer : r.reviewer + QStringLiteral(": ") + r.reason;
        auto *item = new QTreeWidgetItem(reviews, {r.policyCode, ReviewTexts::period(r.period),
                                                   r.awardId == f.awardId ? tr("this case") : QString(),
                                                   ReviewTexts::action(r.action), who, ReviewTexts::time(r.decidedAt)});
        item->setToolTip(4, who);
    }
    QTreeWidgetItem *payments = section(m_history, tr("Payments: %n", nullptr, int(f.payments.size())));
    for (const review::CasePaymentLine &p : f.payments)
        new QTreeWidgetItem(payments, {p.policyCode, ReviewTexts::period(p.period), money(p.amountFen),
                                       ReviewTexts::status(p.status),
                                       p.awardId == 0 ? tr("previous system") : QString(), p.date});
    m_history->expandAll();
}

void CaseView::renderPrecedents()
{
    m_precedents->clear();
    m_precedents->setColumnCount(5);
    m_precedents->setHeaderLabels({tr("Decided"), tr("Period"), tr("Amount"), tr("Reviewer"), tr("Reason")});
    const review::CaseFile &f = *m_file;
    if (!f.precedentsError.isEmpty()) {
        showProblem(m_precedents, tr("%1 Refresh (F5) to try again.").arg(f.precedentsError));
        return;
    }
    const QLocale locale;
    for (const review::CasePrecedent &p : f.precedents) {
        QStringList counts;
        for (const auto &c : p.counts)
            counts << tr("%1 %2").arg(ReviewTexts::status(c.first), locale.toString(c.second));
        const QString title = p.flag.id.isEmpty() ? tr("Cases of policy %1").arg(f.policyCode)
                                                  : tr("Cases of policy %1 flagged \"%2\"").arg(f.policyCode, p.flag.label);
        QTreeWidgetItem *top = section(m_precedents, p.total() == 0
                                                         ? tr("%1: none decided yet").arg(title)
                                                         : tr("%1: %2").arg(title, counts.join(QStringLiteral(", "))));
        for (const review::CasePrecedent::Example &e : p.recent) {
            auto *item = new QTreeWidgetItem(top, {ReviewTexts::status(e.status) + QStringLiteral(" · ")
                                                       + ReviewTexts::time(e.decidedAt),
                                                   ReviewTexts::period(e.period), money(e.amountFen), e.reviewer, e.reason});
            item->setToolTip(4, e.reason);
        }
    }
    m_precedents->expandAll();
}

void CaseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaseView::retranslate()
{
    m_tabs->setTabText(0, tr("Why"));
    m_tabs->setTabText(1, tr("Records"));
    m_tabs->setTabText(2, tr("History"));
    m_tabs->setTabText(3, tr("Precedents"));
    m_reveal->setToolTip(tr("Shows names, id and account numbers of this case; the reveal is recorded in the audit log."));
    if (m_file)
        render();
    else if (m_stack->currentIndex() == 0 && m_message->text().isEmpty())
        m_message->setText(tr("Choose a case in the queue to see why it was flagged."));
}

} // namespace mianshen::ui
