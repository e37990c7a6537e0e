#include "ImportPreviewDialog.h"

#include "catalog/FeedCatalog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mianshen::ui {

ImportPreviewDialog::ImportPreviewDialog(const QStringList &files, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ImportPreviewDialog"));
    setWindowTitle(tr("Import Data Files"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(int(files.size()), 4, this);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Size"), tr("Feed"), tr("Delivered by")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const auto &catalog = catalog::FeedCatalog::builtin();
    for (int row = 0; row < files.size(); ++row) {
        const QFileInfo info(files.at(row));
        const catalog::Feed *feed = catalog.feedForFileName(info.fileName());
        m_table->setItem(row, 0, new QTableWidgetItem(info.fileName()));
        m_table->item(row, 0)->setToolTip(info.absoluteFilePath());
        auto *size = new QTableWidgetItem(QLocale().formattedDataSize(info.size()));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, size);
        if (feed) {
            m_recognised << files.at(row);
            m_table->setItem(row, 2, new QTableWidgetItem((chinese ? feed->titleZh : feed->titleEn)
                                                          + QStringLiteral(" (") + feed->name + u')'));
            m_table->setItem(row, 3, new QTableWidgetItem(feed->provider));
        } else {
            m_unrecognised << files.at(row);
            auto *item = new QTableWidgetItem(tr("not a feed: left out"));
            item->setForeground(QColor(0xb0, 0x00, 0x20));
            item->setToolTip(tr("A delivery is named <feed>.csv or <feed>_<anything>.csv, e.g. social_insurance_2021-09.csv."));
            m_table->setItem(row, 2, item);
            m_table->setItem(row, 3, new QTableWidgetItem());
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    if (m_unrecognised.isEmpty())
        m_summary->setText(tr("%n file(s) will be imported, each as a whole or not at all. "
                              "A file without an op column replaces all rows of its feed.", "", int(m_recognised.size())));
    else
        m_summary->setText(tr("%n file(s) will be imported, each as a whole or not at all. "
                              "Files whose name names no feed are left out.", "", int(m_recognised.size())));
    m_quarantine = new QCheckBox(tr("Quarantine mode: import the good rows and keep the bad ones, with their reasons, "
                                    "for follow-up (instead of rejecting the whole file)"), this);
    layout->addWidget(m_quarantine);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_recognised.isEmpty());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 360);
}

bool ImportPreviewDialog::quarantine() const
{
    return m_quarantine->isChecked();
}

} // namespace mianshen::ui
