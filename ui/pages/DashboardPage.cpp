#include "ui/pages/DashboardPage.h"

#include "domain/Money.h"
#include "itemmodels/FeedSummaryModel.h"
#include "store/Database.h"
#include "ui/EmptyState.h"
#include "ui/stats/KpiPanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mianshen::ui {

DashboardPage::DashboardPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = createHeading();
    layout->addWidget(m_heading);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_tiles = new QWidget(this);
    m_grid = new QGridLayout(m_tiles);
    m_grid->setSpacing(12);
    layout->addWidget(m_tiles);
    m_kpis = new KpiPanel(this);
    connect(m_kpis, &KpiPanel::detailsRequested, this, &DashboardPage::statisticsRequested);
    layout->addWidget(m_kpis);
    m_empty = new EmptyState(this);
    layout->addWidget(m_empty, 1);
    layout->addStretch(1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_reading = false;
        showFigures(m_watcher.result());
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
    retranslate();
    refresh();
}

DashboardPage::~DashboardPage()
{
    m_watcher.waitForFinished();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::setDatabase(store::Database *db)
{
    m_db = db;
    m_kpis->setDatabase(db);
    refresh();
}

bool DashboardPage::isLoading() const
{
    return m_reading;
}

void DashboardPage::refresh()
{
    m_kpis->refresh();
    if (m_reading) {
        m_again = true;
        return;
    }
    if (!m_db) {
        m_figures.clear();
        clearTiles();
        m_hint->clear();
        m_empty->setText(tr("No database is open."),
                         tr("Open a SQLite database (Ctrl+O) or connect to a PostgreSQL server from the File menu."));
        m_empty->show();
        return;
    }
    const store::ConnectionSpec spec = m_db->spec();
    m_reading = true;
    m_watcher.setFuture(QtConcurrent::run([spec] { return itemmodels::DashboardFigures::read(spec); }));
}

void DashboardPage::clearTiles()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void DashboardPage::showFigures(const domain::Result<QList<itemmodels::DashboardFigures::Figure>> &figures)
{
    clearTiles();
    if (!m_db)
        return;
    if (!figures) {
        m_figures.clear();
        m_empty->setText(tr("The figures could not be read."), figures.error());
        m_empty->show();
        return;
    }
    m_figures = figures.value();
    retranslate();
}

QStringList DashboardPage::tileTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_grid->count(); ++i) {
        if (auto *frame = qobject_cast<QFrame *>(m_grid->itemAt(i)->widget())) {
            QStringList parts;
            for (QLabel *label : frame->findChildren<QLabel *>())
                parts << label->text();
            texts << parts.join(QStringLiteral(": "));
        }
    }
    return texts;
}

void DashboardPage::retranslate()
{
    m_kpis->retranslate();
    m_heading->setText(tr("Overview"));
    if (!m_db) {
        m_empty->setText(tr("No database is open."),
                         tr("Open a SQLite database (Ctrl+O) or connect to a PostgreSQL server from the File menu."));
        return;
    }
    clearTiles();
    const QLocale locale;
    bool anyFeedData = false;
    int index = 0;
    for (const auto &figure : m_figures) {
        if ((figure.id == QLatin1String("persons") || figure.id == QLatin1String("enterprises")
             || figure.id == QLatin1String("feeds"))
            && figure.count.value_or(0) > 0)
            anyFeedData = true;
        auto *tile = new QFrame(m_tiles);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setMinimumWidth(200);
        auto *tileLayout = new QVBoxLayout(tile);
        auto *name = new QLabel(tile);
        auto *value = new QLabel(tile);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        QString titleText;
        // Figure titles are translated in models/ when read; translate again
        // here so a language switch needs no new read.
        if (figure.id == QLatin1String("persons"))
            titleText = tr("Persons");
        else if (figure.id == QLatin1String("enterprises"))
            titleText = tr("Enterprises");
        else if (figure.id == QLatin1String("feeds"))
            titleText = tr("Feeds with data");
        else if (figure.id == QLatin1String("imports"))
            titleText = tr("Imports");
        else if (figure.id == QLatin1String("policies"))
            titleText = tr("Published policies");
        else if (figure.id == QLatin1String("runs"))
            titleText = tr("Completed matching runs");
        else if (figure.id == QLatin1String("awards"))
            titleText = tr("Awards");
        else if (figure.id == QLatin1String("overdue_reviews"))
            titleText = tr("Overdue review cases");
        else if (figure.id == QLatin1String("payments"))
            titleText = tr("Payments");
        else if (figure.id == QLatin1String("audit"))
            titleText = tr("Audit log entries");
        else
            titleText = figure.title;
        name->setText(titleText);
        value->setText(figure.count ? locale.toString(*figure.count) : QStringLiteral("—"));
        if (figure.id == QLatin1String("overdue_reviews") && figure.count.value_or(0) > 0)
            value->setStyleSheet(QStringLiteral("color: #b00020;"));
        tileLayout->addWidget(name);
        tileLayout->addWidget(value);
        QString detail;
        if (figure.amountFen)
            detail = tr("total %1").arg(domain::Money::fromFen(*figure.amountFen).toDisplayString());
        else if (figure.id == QLatin1String("feeds"))
            detail = tr("of %1 feeds").arg(figure.detail);
        else if (figure.id == QLatin1String("imports") && !figure.detail.isEmpty())
            detail = tr("last: %1").arg(itemmodels::FeedSummaryModel::localTime(figure.detail));
        else if (figure.id == QLatin1String("runs") && !figure.detail.isEmpty())
            detail = tr("latest period: %1").arg(figure.detail);
        if (!detail.isEmpty()) {
            auto *detailLabel = new QLabel(detail, tile);
            detailLabel->setForegroundRole(QPalette::PlaceholderText);
            tileLayout->addWidget(detailLabel);
        }
        m_grid->addWidget(tile, index / 3, index % 3);
        ++index;
    }
    if (m_figures.isEmpty()) {
        m_empty->setText(tr("Reading the figures…"), QString());
        m_empty->show();
        m_hint->clear();
    } else {
        m_empty->hide();
        m_hint->setText(anyFeedData ? QString()
                                    : tr("This database holds no feed data yet. Import the departments' CSV files "
                                         "on the Data page (Ctrl+2), or drop them onto this window."));
    }
}

} // namespace mianshen::ui
