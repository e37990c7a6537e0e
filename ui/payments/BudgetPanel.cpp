#include "ui/payments/BudgetPanel.h"

#include "domain/Money.h"
#include "ledger/BudgetStatus.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mianshen::ui {

namespace {

enum Column { Policy, Budget, Paid, Committed, Held, Remaining, Used, Warning, ColumnCount };

QString yuan(qint64 fen)
{
    return domain::Money::fromFen(fen).toDisplayString();
}

QColor warningColour(int level)
{
    return level >= 90 ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00);
}

} // namespace

BudgetPanel::BudgetPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setSortingEnabled(true);
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_tree, 1);
    retranslate();
}

QString BudgetPanel::warningText(const ledger::PolicyBudget &b)
{
    if (b.warningLevel >= 90)
        return tr("Nearly spent: %1% of the budget is used").arg(b.usedPercent);
    if (b.warningLevel >= 70)
        return tr("Warning: %1% of the budget is used").arg(b.usedPercent);
    return {};
}

void BudgetPanel::clear()
{
    m_budgets.clear();
    m_warnings.clear();
    m_tree->clear();
    m_summary->clear();
}

void BudgetPanel::setBudgets(const QList<ledger::PolicyBudget> &budgets)
{
    m_budgets = budgets;
    m_warnings.clear();
    m_tree->setSortingEnabled(false);
    m_tree->clear();
    QStringList lines;
    for (const ledger::PolicyBudget &b : budgets) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(Policy, b.policyCode);
        item->setText(Budget, b.budgetFen ? yuan(*b.budgetFen) : tr("no limit"));
        item->setText(Paid, yuan(b.paidFen));
        item->setText(Committed, yuan(b.committedFen));
        item->setText(Held, b.heldCount ? tr("%1 (%n award(s))", "", int(b.heldCount)).arg(yuan(b.heldFen))
                                        : yuan(b.heldFen));
        item->setText(Remaining, b.remainingFen ? yuan(*b.remainingFen) : QString());
        for (int c = Budget; c <= Remaining; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        const QString warning = warningText(b);
        item->setText(Warning, warning);
        if (!warning.isEmpty()) {
            item->setForeground(Warning, warningColour(b.warningLevel));
            m_warnings << b.policyCode + QStringLiteral(": ") + warning;
            lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(warningColour(b.warningLevel).name(), QString(b.policyCode + QStringLiteral(": ") + warning).toHtmlEscaped());
        }
        if (b.budgetFen) {
            auto *bar = new QProgressBar(m_tree);
            bar->setRange(0, 100);
            bar->setValue(qMin(b.usedPercent, 100));
            bar->setFormat(tr("%1% used").arg(b.usedPercent));
            bar->setToolTip(ledger::BudgetStatus::warning(b));
            if (b.warningLevel)
                bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(warningColour(b.warningLevel).name()));
            m_tree->setItemWidget(item, Used, bar);
        }
    }
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(Policy, Qt::AscendingOrder);
    for (int c = 0; c < ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    m_summary->setText(lines.isEmpty() ? (budgets.isEmpty() ? QString() : tr("Every budget has more than 30% left."))
                                       : lines.join(QStringLiteral("<br>")));
}

void BudgetPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Policy"), tr("Budget"), tr("Paid"), tr("Committed"), tr("Held"), tr("Remaining"),
                             tr("Used"), tr("Warning")});
    if (!m_budgets.isEmpty())
        setBudgets(m_budgets);
}

void BudgetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mianshen::ui
