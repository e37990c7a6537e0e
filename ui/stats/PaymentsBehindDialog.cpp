#include "ui/stats/PaymentsBehindDialog.h"

#include "itemmodels/SensitiveMask.h"
#include "stats/DisbursementStore.h"
#include "stats/YuanText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mianshen::ui {

PaymentsBehindDialog::PaymentsBehindDialog(store::Database &db, const QString &policyCode, const QString &period,
                                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Payments of %1 in %2").arg(policyCode, period));
    resize(900, 500);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(this);
    layout->addWidget(note);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Payment"), tr("Batch"), tr("Name"), tr("Id number / credit code"),
                                        tr("For period"), tr("Amount"), tr("Recovered"), tr("Paid at")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    const int limit = 10000;
    const auto rows = stats::DisbursementStore(db).paymentsBehind(policyCode, period, limit);
    if (!rows) {
        note->setText(rows.error());
    } else {
        m_table->setRowCount(int(rows->size()));
        for (int r = 0; r < rows->size(); ++r) {
            const stats::PaidPayment &p = rows->at(r);
            const QStringList cells{QString::number(p.id), QString::number(p.batchId),
                                    itemmodels::SensitiveMask::subjectName(p.subjectName, p.subjectKind),
                                    itemmodels::SensitiveMask::subjectId(p.subjectId, p.subjectKind),
                                    p.awardPeriod.isEmpty() ? tr("one-off") : p.awardPeriod,
                                    stats::YuanText::full(p.amountFen), stats::YuanText::full(p.recoveredFen), p.paidAt};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (c == 0 || c == 1 || c == 5 || c == 6)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(r, c, item);
            }
        }
        m_table->setSortingEnabled(true);
        note->setText(rows->size() >= limit ? tr("The first %1 paid payments (names and ids masked).").arg(limit)
                                            : tr("%n paid payment(s) (names and ids masked).", "", int(rows->size())));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

int PaymentsBehindDialog::rowCount() const
{
    return m_table->rowCount();
}

} // namespace mianshen::ui
