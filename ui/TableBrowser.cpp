#include "TableBrowser.h"

#include "FileDialog.h"
#include "JobRunner.h"
#include "MessageBox.h"
#include "Settings.h"
#include "itemmodels/PagedTableModel.h"

#include <QCheckBox>
#include <QDir>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QLocale>
#include <QTableView>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace mianshen::ui {

TableBrowser::TableBrowser(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_column = new QComboBox(this);
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_unmask = new QCheckBox(this);
    m_status = new QLabel(this);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportTable"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printTable"));
    m_job = new JobRunner(this);
    bar->addWidget(m_column);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_unmask);
    bar->addWidget(m_status);
    bar->addWidget(m_export);
    bar->addWidget(m_print);
    layout->addLayout(bar);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_view = new QTableView(this);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createColumnMenu(this);
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->horizontalHeader()->mapToGlobal(pos));
    });
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    layout->addWidget(m_view, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &TableBrowser::filterEdited);
    connect(m_filter, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &TableBrowser::filterEdited);
    connect(m_column, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_model)
            return;
        m_filter->setText(m_model->filterText(m_column->currentIndex()));
    });
    connect(m_unmask, &QCheckBox::toggled, this, [this](bool unmask) {
        if (m_model)
            m_model->setMasked(!unmask);
        Q_EMIT maskingChanged(!unmask);
    });
    m_unmask->setChecked(!Settings::instance().maskSensitive());
    connect(m_export, &QPushButton::clicked, this, &TableBrowser::chooseExportFile);
    connect(m_print, &QPushButton::clicked, this, &TableBrowser::choosePrinter);
    retranslate();
}

bool TableBrowser::isBusy() const
{
    return m_job->isRunning();
}

QMenu *TableBrowser::createColumnMenu(QWidget *parent)
{
    if (!m_model)
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setToolTipsVisible(true);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(c));
        connect(action, &QAction::toggled, m_view, [view = m_view, c](bool shown) { view->setColumnHidden(c, !shown); });
    }
    return menu;
}

void TableBrowser::chooseExportFile()
{
    if (!m_model)
        return;
    const QString file = FileDialog::saveFile(this, tr("Export the Table as CSV"),
                                                      QDir::home().filePath(m_model->source().table + QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportTo(file);
}

bool TableBrowser::exportTo(const QString &file)
{
    if (!m_model || m_job->isRunning())
        return false;
    auto write = m_model->csvExport();
    m_export->setEnabled(false);
    return m_job->start<domain::Status>([write, file](JobControl &control) { return write(file, &control.cancel); },
                                        [this](domain::Status status) {
                                            m_export->setEnabled(true);
                                            if (!status)
                                                MessageBox::critical(this, tr("Cannot export"), status.error());
                                            Q_EMIT exported(status.ok());
                                        });
}

void TableBrowser::choosePrinter()
{
    if (!m_model)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        printTo(printer);
}

bool TableBrowser::printTo(std::shared_ptr<QPrinter> printer)
{
    if (!m_model || m_job->isRunning())
        return false;
    auto read = m_model->htmlExport(PrintRowLimit);
    m_print->setEnabled(false);
    // The rows are read on a worker; the page is laid out and printed here.
    return m_job->start<domain::Result<QString>>(
        [read](JobControl &control) { return read(&control.cancel); },
        [this, printer](domain::Result<QString> html) {
            m_print->setEnabled(true);
            if (!html) {
                MessageBox::critical(this, tr("Cannot print"), html.error());
            } else {
                QTextDocument document;
                document.setHtml(html.value());
                document.print(printer.get());
            }
            Q_EMIT printed(html.ok());
        });
}

TableBrowser::~TableBrowser()
{
    m_view->setModel(nullptr);
}

void TableBrowser::setModel(std::unique_ptr<itemmodels::PagedTableModel> model)
{
    m_view->setModel(nullptr);
    m_model = std::move(model);
    m_error->hide();
    m_filter->clear();
    if (m_model) {
        m_view->setModel(m_model.get());
        {
            // Show the order the model reads in (e.g. newest first), without sorting again.
            const QSignalBlocker blocker(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
        m_model->setMasked(!m_unmask->isChecked());
        connect(m_model.get(), &itemmodels::PagedTableModel::totalRowsChanged, this, &TableBrowser::updateStatus);
        connect(m_model.get(), &itemmodels::PagedTableModel::loadingChanged, this, &TableBrowser::updateStatus);
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, &TableBrowser::updateStatus);
        // Fit the columns to the first page, once, within reason.
        auto fitted = std::make_shared<QMetaObject::Connection>();
        *fitted = connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [this, fitted] {
            disconnect(*fitted);
            m_view->resizeColumnsToContents();
            for (int c = 0; c < m_view->horizontalHeader()->count(); ++c)
                m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 320));
        });
        connect(m_model.get(), &QAbstractItemModel::modelReset, this, &TableBrowser::updateStatus);
        connect(m_model.get(), &itemmodels::PagedTableModel::sortRefused, this, [this](const QString &message) {
            m_error->setText(message);
            m_error->show();
            const QSignalBlocker blocker(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        });
        connect(m_model.get(), &itemmodels::PagedTableModel::errorOccurred, this, [this](const QString &message) {
            m_error->setText(tr("The rows could not be read: %1").arg(message));
            m_error->show();
        });
    }
    m_export->setEnabled(m_model != nullptr);
    m_print->setEnabled(m_model != nullptr);
    fillColumnChooser();
    updateStatus();
}

void TableBrowser::fillColumnChooser()
{
    const int current = m_column->currentIndex();
    m_column->clear();
    if (!m_model)
        return;
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_column->addItem(m_model->headerData(c, Qt::Horizontal).toString());
    if (current >= 0 && current < m_column->count())
        m_column->setCurrentIndex(current);
}

bool TableBrowser::applyFilter(int column, const QString &text)
{
    if (!m_model)
        return false;
    m_column->setCurrentIndex(column);
    m_filter->setText(text);
    filterEdited();
    return m_error->isHidden();
}

void TableBrowser::filterEdited()
{
    m_debounce->stop();
    if (!m_model)
        return;
    const domain::Status status = m_model->setFilter(m_column->currentIndex(), m_filter->text());
    if (!status) {
        m_error->setText(status.error());
        m_error->show();
    } else {
        m_error->hide();
    }
}

void TableBrowser::updateStatus()
{
    if (!m_model) {
        m_status->clear();
        return;
    }
    const QLocale locale;
    const int shown = m_model->rowCount();
    QString text;
    if (!m_model->lastError().isEmpty())
        text = tr("%Ln row(s) loaded; reading failed (see above)", "", shown);
    else if (const auto total = m_model->totalRows())
        text = tr("%1 of %Ln row(s) loaded", "", int(qMin<qint64>(*total, INT_MAX))).arg(locale.toString(shown));
    else
        text = tr("%Ln row(s) loaded, counting…", "", shown);
    if (m_model->isLoading())
        text += QStringLiteral(" — ") + tr("reading…");
    m_status->setText(text);
}

bool TableBrowser::isMasked() const
{
    return !m_unmask->isChecked();
}

void TableBrowser::setMasked(bool masked)
{
    m_unmask->setChecked(!masked);
}

QString TableBrowser::statusText() const
{
    return m_status->text();
}

void TableBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TableBrowser::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter: text to find, =exact, >=1000, <2021-07, - for no value"));
    m_column->setToolTip(tr("The column to filter"));
    m_unmask->setText(tr("Show id and account numbers"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save every row matching the filter as CSV (for Excel), masked as shown."));
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Print the rows matching the filter (at most %1), masked as shown.").arg(PrintRowLimit));
    m_view->horizontalHeader()->setToolTip(tr("Click a title to sort; right-click to show or hide columns."));
    if (m_model) {
        m_model->retranslate();
        fillColumnChooser();
    }
    updateStatus();
}

} // namespace mianshen::ui
