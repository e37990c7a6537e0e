#include "ui/payments/RecoveryPanel.h"

#include "domain/Money.h"
#include "itemmodels/ColumnTitles.h"
#include "itemmodels/SensitiveMask.h"
#include "ledger/RecoveryService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mianshen::ui {

namespace {

enum Column { Id, Policy, Subject, Period, Amount, Status, Reason, Evidence, ColumnCount };

QString statusText(const QString &status)
{
    const QString title = itemmodels::ColumnTitles::valueTitle(QStringLiteral("status"), status);
    return title.isEmpty() ? status : title;
}

} // namespace

RecoveryPanel::RecoveryPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setSortingEnabled(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    m_propose = new QPushButton(this);
    m_confirm = new QPushButton(this);
    m_settle = new QPushButton(this);
    m_writeOff = new QPushButton(this);
    buttons->addWidget(m_propose);
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_settle);
    buttons->addWidget(m_writeOff);
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &RecoveryPanel::updateButtons);
    connect(m_propose, &QPushButton::clicked, this, &RecoveryPanel::proposeRequested);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (const ledger::Recovery *r = selected())
            Q_EMIT confirmRequested(r->id);
    });
    connect(m_settle, &QPushButton::clicked, this, [this] {
        if (const ledger::Recovery *r = selected())
            Q_EMIT settleRequested(r->id);
    });
    connect(m_writeOff, &QPushButton::clicked, this, [this] {
        if (const ledger::Recovery *r = selected())
            Q_EMIT writeOffRequested(r->id);
    });
    retranslate();
}

QString RecoveryPanel::reasonText(const QString &reason)
{
    if (reason == QLatin1String("death"))
        return tr("death before the month paid");
    if (reason == QLatin1String("serious_dishonesty"))
        return tr("listed as seriously dishonest");
    if (reason == QLatin1String("duplicate_subsidy"))
        return tr("duplicate subsidy");
    return reason;
}

void RecoveryPanel::setRecoveries(const QList<ledger::Recovery> &recoveries)
{
    const qint64 keep = selected() ? selected()->id : 0;
    m_recoveries = recoveries;
    m_tree->setSortingEnabled(false);
    m_tree->clear();
    for (int i = 0; i < recoveries.size(); ++i) {
        const ledger::Recovery &r = recoveries.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(Id, Qt::DisplayRole, r.id);
        item->setData(Id, Qt::UserRole, i);
        item->setText(Policy, r.policyCode);
        item->setText(Subject, itemmodels::SensitiveMask::idNumber(r.subjectId));
        item->setText(Period, r.period);
        item->setText(Amount, domain::Money::fromFen(r.amountFen).toDisplayString());
        item->setTextAlignment(Amount, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Status, statusText(r.status));
        item->setText(Reason, reasonText(r.reason));
        item->setText(Evidence, r.evidence);
    }
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(Id, Qt::DescendingOrder);
    if (keep)
        selectRecovery(keep);
    updateButtons();
}

void RecoveryPanel::clear()
{
    m_recoveries.clear();
    m_tree->clear();
    updateButtons();
}

void RecoveryPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

const ledger::Recovery *RecoveryPanel::selected() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const int index = item->data(Id, Qt::UserRole).toInt();
    return index >= 0 && index < m_recoveries.size() ? &m_recoveries.at(index) : nullptr;
}

bool RecoveryPanel::selectRecovery(qint64 id)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(Id, Qt::DisplayRole).toLongLong() == id) {
            m_tree->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

void RecoveryPanel::updateButtons()
{
    const ledger::Recovery *r = selected();
    const QString status = r ? r->status : QString();
    m_propose->setEnabled(!m_busy);
    m_confirm->setEnabled(!m_busy && status == QLatin1String("proposed"));
    m_settle->setEnabled(!m_busy && status == QLatin1String("confirmed"));
    m_writeOff->setEnabled(!m_busy && status == QLatin1String("confirmed"));
}

void RecoveryPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("No."), tr("Policy"), tr("Subject"), tr("Month"), tr("Amount"), tr("Status"),
                             tr("Reason"), tr("Evidence")});
    m_propose->setText(tr("Find Recoveries"));
    m_propose->setToolTip(tr("Look through the newest data for paid payments that were wrong and propose recovery orders."));
    m_confirm->setText(tr("Confirm"));
    m_settle->setText(tr("Settled…"));
    m_writeOff->setText(tr("Write Off…"));
    if (!m_recoveries.isEmpty())
        setRecoveries(m_recoveries);
}

void RecoveryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mianshen::ui
