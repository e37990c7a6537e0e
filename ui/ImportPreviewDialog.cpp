#include "ImportPreviewDialog.h"

#include "JobRunner.h"
#include "catalog/FeedCatalog.h"
#include "feeds/ImportMessage.h"
#include "feeds/Importer.h"
#include "store/Database.h"

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
    , m_files(files)
{
    setObjectName(QStringLiteral("ImportPreviewDialog"));
    setWindowTitle(tr("Import Data Files"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(int(files.size()), 5, this);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Size"), tr("Feed"), tr("Delivered by"), tr("Changes")});
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
            m_table->setItem(row, 4, new QTableWidgetItem());
        } else {
            m_unrecognised << files.at(row);
            auto *item = new QTableWidgetItem(tr("not a feed: left out"));
            item->setForeground(QColor(0xb0, 0x00, 0x20));
            item->setToolTip(tr("A delivery is named <feed>.csv or <feed>_<anything>.csv, e.g. social_insurance_2021-09.csv."));
            m_table->setItem(row, 2, item);
            m_table->setItem(row, 3, new QTableWidgetItem());
            m_table->setItem(row, 4, new QTableWidgetItem());
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

int ImportPreviewDialog::rowOf(const QString &file) const
{
    return int(m_files.indexOf(file));
}

bool ImportPreviewDialog::isCounting() const
{
    return m_counter && m_counter->isRunning();
}

void ImportPreviewDialog::countChanges(const store::ConnectionSpec &spec)
{
    if (m_recognised.isEmpty() || m_counter)
        return;
    for (const QString &file : std::as_const(m_recognised))
        m_table->item(rowOf(file), 4)->setText(tr("counting…"));
    m_counter = new JobRunner(this);
    const QStringList ordered = feeds::Importer::importOrder(m_recognised);
    m_counter->start<QList<feeds::ImportReport>>(
        [spec, ordered](JobControl &control) {
            QList<feeds::ImportReport> reports;
            auto db = store::Database::open(spec);
            if (!db)
                return reports;
            feeds::Importer importer(*db.value());
            feeds::ImportOptions options;
            options.dryRun = true;
            options.maxListedErrors = 1;
            options.maxListedWarningsPerKind = 1;
            for (const QString &file : ordered) {
                if (control.cancel)
                    break;
                reports << importer.import(file, options, {}, &control.cancel);
            }
            return reports;
        },
        [this](QList<feeds::ImportReport> reports) { showChanges(reports); });
}

QString ImportPreviewDialog::changesText(const feeds::ImportReport &r)
{
    const QLocale locale;
    const QString figures = tr("%1 new, %2 changed, %3 deleted")
                                .arg(locale.toString(r.inserted), locale.toString(r.updated), locale.toString(r.deleted));
    switch (r.result) {
    case feeds::ImportReport::Result::Imported:
        return figures;
    case feeds::ImportReport::Result::Skipped:
        return tr("already imported: nothing changes");
    case feeds::ImportReport::Result::Cancelled:
        return QString();
    case feeds::ImportReport::Result::Rejected:
        break;
    }
    if (r.held)
        return tr("%1; held for confirmation: %2").arg(figures, feeds::ImportMessage::render(r));
    return tr("would be rejected: %n error(s)", "", int(r.errorCount));
}

void ImportPreviewDialog::showChanges(const QList<feeds::ImportReport> &reports)
{
    for (const QString &file : std::as_const(m_recognised))
        m_table->item(rowOf(file), 4)->setText(QString());
    for (const feeds::ImportReport &r : reports) {
        const int row = rowOf(r.filePath);
        if (row < 0)
            continue;
        QTableWidgetItem *item = m_table->item(row, 4);
        item->setText(changesText(r));
        item->setToolTip(feeds::ImportMessage::render(r));
        if (r.held || r.result == feeds::ImportReport::Result::Rejected)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
}

void ImportPreviewDialog::done(int result)
{
    // A dry run holds the write lock: stopped (rolled back) before importing.
    delete m_counter;
    m_counter = nullptr;
    QDialog::done(result);
}

} // namespace mianshen::ui
