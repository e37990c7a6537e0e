#include "ui/pages/StatisticsPage.h"

#include "itemmodels/TableExport.h"
#include "stats/FiguresLoader.h"
#include "stats/FiguresTable.h"
#include "stats/ReportSentence.h"
#include "stats/YuanText.h"
#include "store/Database.h"
#include "ui/FileDialog.h"
#include "ui/Settings.h"
#include "ui/stats/NoticeDialog.h"
#include "ui/stats/PaymentsBehindDialog.h"
#include "ui/stats/StatsChartView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mianshen::ui {

namespace {

StatisticsReading read(const store::ConnectionSpec &spec, const stats::StatsFilter &filter)
{
    StatisticsReading reading;
    auto db = store::Database::open(spec);
    if (!db) {
        reading.error = db.error();
        return reading;
    }
    const auto policies = stats::PolicyDirectory::load(*db.value());
    if (!policies) {
        reading.error = policies.error();
        return reading;
    }
    reading.policies = policies.value();
    const auto figures = stats::FiguresLoader::load(*db.value(), filter, reading.policies);
    if (!figures) {
        reading.error = figures.error();
        return reading;
    }
    reading.figures = figures.value();
    if (const auto f = stats::ReportSentence::figures(*db.value(), filter.to))
        reading.sentence = stats::ReportSentence::build(f.value());
    return reading;
}

domain::Month monthOf(const QDateEdit *edit)
{
    return domain::Month::fromDate(edit->date());
}

} // namespace

StatisticsPage::StatisticsPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    buildFilterBar(layout);
    auto *sentenceRow = new QHBoxLayout;
    m_sentence = new QLabel(this);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sentenceRow->addWidget(m_sentence, 1);
    m_copy = new QToolButton(this);
    sentenceRow->addWidget(m_copy);
    layout->addLayout(sentenceRow);
    m_tabs = new QTabWidget(this);
    for (int i = 0; i < DisbursementCharts::KindCount; ++i) {
        auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
        auto *view = new StatsChartView(DisbursementCharts::Kind(i), splitter);
        auto *table = new QTableWidget(splitter);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setStretchLastSection(true);
        splitter->addWidget(view);
        splitter->addWidget(table);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        m_tabs->addTab(splitter, QString());
        m_views << view;
        m_tables << table;
        connect(view, &StatsChartView::barClicked, this, &StatisticsPage::openPaymentsBehind);
    }
    layout->addWidget(m_tabs, 1);
    m_status = new QLabel(this);
    layout->addWidget(m_status);

    Settings &settings = Settings::instance();
    m_tabs->setCurrentIndex(settings.value(Settings::Key::StatsTab).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        drawChart(index);
        rememberChoices();
    });
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_reading_.sentence.in(uiLanguage()));
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_reading = false;
        showReading(m_watcher.result());
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
    retranslate();
}

StatisticsPage::~StatisticsPage()
{
    m_watcher.waitForFinished();
}

void StatisticsPage::buildFilterBar(QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout;
    const Settings &settings = Settings::instance();
    const auto from = domain::Month::parse(settings.value(Settings::Key::StatsFrom).toString());
    const auto to = domain::Month::parse(settings.value(Settings::Key::StatsTo).toString());
    const domain::Month now = domain::Month::fromDate(QDate::currentDate());
    m_from = new QDateEdit((from ? *from : now.addMonths(-11)).firstDay(), this);
    m_to = new QDateEdit((to ? *to : now).firstDay(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setCalendarPopup(true);
        bar->addWidget(edit);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            rememberChoices();
            refresh();
        });
    }
    m_policies = new QToolButton(this);
    m_policies->setPopupMode(QToolButton::InstantPopup);
    m_policies->setMenu(new QMenu(m_policies));
    bar->addWidget(m_policies);
    m_refresh = new QToolButton(this);
    connect(m_refresh, &QToolButton::clicked, this, &StatisticsPage::refresh);
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    m_exportTable = new QToolButton(this);
    m_exportChart = new QToolButton(this);
    m_print = new QToolButton(this);
    m_print->setShortcut(QKeySequence::Print);
    m_notice = new QToolButton(this);
    connect(m_notice, &QToolButton::clicked, this, &StatisticsPage::openNotice);
    bar->addWidget(m_notice);
    connect(m_exportTable, &QToolButton::clicked, this, &StatisticsPage::exportTable);
    connect(m_exportChart, &QToolButton::clicked, this, &StatisticsPage::exportChart);
    connect(m_print, &QToolButton::clicked, this, &StatisticsPage::print);
    for (QToolButton *b : {m_exportTable, m_exportChart, m_print})
        bar->addWidget(b);
    layout->addLayout(bar);
}

QString StatisticsPage::title() const
{
    return tr("Statistics");
}

void StatisticsPage::retranslate()
{
    m_policies->setText(chosenPolicies().isEmpty() ? tr("All policies") : tr("%n policy(ies)", "", int(chosenPolicies().size())));
    m_refresh->setText(tr("Refresh"));
    m_exportTable->setText(tr("Export table…"));
    m_exportChart->setText(tr("Export chart…"));
    m_print->setText(tr("Print… (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_copy->setText(tr("Copy sentence"));
    m_notice->setText(tr("Public notice…"));
    m_notice->setToolTip(tr("The 公示 list of a policy's payments in the last month of the range, or of a payment "
                            "batch: masked, exported as PDF or .xlsx, with the objections received"));
    m_from->setToolTip(tr("First month"));
    m_to->setToolTip(tr("Last month"));
    for (int i = 0; i < m_views.size(); ++i)
        m_tabs->setTabText(i, DisbursementCharts::title(DisbursementCharts::Kind(i)));
    if (!m_reading_.error.isEmpty() || m_reading_.figures.months().isEmpty())
        return;
    showReading(m_reading_);
}

void StatisticsPage::setDatabase(store::Database *db)
{
    m_db = db;
    refresh();
}

QStringList StatisticsPage::chosenPolicies() const
{
    QStringList codes;
    if (!m_policies)
        return codes;
    // Before the first reading the menu is empty: the remembered choice holds.
    if (m_policies->menu()->actions().isEmpty())
        return Settings::instance().value(Settings::Key::StatsPolicies).toStringList();
    for (QAction *a : m_policies->menu()->actions())
        if (a->isChecked())
            codes << a->data().toString();
    return codes;
}

void StatisticsPage::rememberChoices()
{
    Settings &settings = Settings::instance();
    settings.setValue(Settings::Key::StatsFrom, monthOf(m_from).toString());
    settings.setValue(Settings::Key::StatsTo, monthOf(m_to).toString());
    settings.setValue(Settings::Key::StatsPolicies, chosenPolicies());
    settings.setValue(Settings::Key::StatsTab, m_tabs ? m_tabs->currentIndex() : 0);
}

void StatisticsPage::setRange(const QString &from, const QString &to)
{
    m_from->setDate(domain::Month::parse(from)->firstDay());
    m_to->setDate(domain::Month::parse(to)->firstDay());
}

void StatisticsPage::refresh()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    if (!m_db) {
        m_status->setText(tr("No database is open."));
        return;
    }
    domain::Month from = monthOf(m_from);
    domain::Month to = monthOf(m_to);
    if (to < from)
        std::swap(from, to);
    const stats::StatsFilter filter{from, to, Settings::instance().value(Settings::Key::StatsPolicies).toStringList()};
    m_status->setText(tr("Reading the figures…"));
    m_reading = true;
    const store::ConnectionSpec spec = m_db->spec();
    m_watcher.setFuture(QtConcurrent::run([spec, filter] { return read(spec, filter); }));
}

void StatisticsPage::showReading(const StatisticsReading &reading)
{
    m_reading_ = reading;
    if (!reading.error.isEmpty()) {
        m_status->setText(tr("The figures could not be read: %1").arg(reading.error));
        return;
    }
    // The policy menu: every published policy, checked = chosen.
    const QStringList chosen = Settings::instance().value(Settings::Key::StatsPolicies).toStringList();
    QMenu *menu = m_policies->menu();
    menu->clear();
    for (const stats::PolicyFacts &p : reading.policies) {
        QAction *a = menu->addAction(QStringLiteral("%1  %2").arg(p.code, p.title.in(uiLanguage())));
        a->setCheckable(true);
        a->setChecked(chosen.contains(p.code));
        a->setData(p.code);
        connect(a, &QAction::toggled, this, [this] {
            rememberChoices();
            m_policies->setText(chosenPolicies().isEmpty() ? tr("All policies")
                                                           : tr("%n policy(ies)", "", int(chosenPolicies().size())));
            refresh();
        });
    }
    m_policies->setText(chosen.isEmpty() ? tr("All policies") : tr("%n policy(ies)", "", int(chosen.size())));
    // Only the chart on screen is drawn now; the others when their tab is shown.
    m_stale = QList<bool>(m_views.size(), true);
    drawChart(m_tabs->currentIndex());
    for (int i = 0; i < m_tables.size(); ++i)
        fillTable(i);
    m_sentence->setText(reading.sentence.in(uiLanguage()));
    const auto total = reading.figures.total();
    QString status = tr("%1 to %2: %3 net disbursed in %n payment(s).", "", int(total.payments))
                         .arg(reading.figures.from().toString(), reading.figures.to().toString(),
                              stats::YuanText::full(total.netFen()));
    if (total.distinctSubjects >= 0)
        status += u' ' + tr("%n subject(s) paid.", "", int(total.distinctSubjects));
    m_status->setText(status);
}

void StatisticsPage::fillTable(int index)
{
    const bool chinese = uiLanguage() == rules::Language::Zh;
    const auto kind = DisbursementCharts::Kind(index);
    const stats::ExportTable t = kind == DisbursementCharts::Kind::BudgetBurn
        ? stats::FiguresTable::budget(m_reading_.figures, chinese)
        : kind == DisbursementCharts::Kind::MonthlyByPolicy
        ? stats::FiguresTable::build(m_reading_.figures, stats::FiguresTable::By::PolicyMonth, chinese)
        : stats::FiguresTable::build(m_reading_.figures, stats::FiguresTable::By::Month, chinese);
    QTableWidget *table = m_tables.at(index);
    table->setSortingEnabled(false);
    table->clear();
    table->setColumnCount(int(t.header.size()));
    table->setHorizontalHeaderLabels(t.header);
    table->setRowCount(int(t.rows.size()));
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int c = 0; c < t.rows.at(r).size(); ++c) {
            const auto columnKind = t.kinds.value(c);
            const QVariant v = t.rows.at(r).at(c);
            auto *item = new QTableWidgetItem(columnKind == stats::ExportTable::Kind::Money
                                                  ? stats::YuanText::full(v.toLongLong())
                                                  : itemmodels::TableExport::cellText(t, c, v));
            if (columnKind != stats::ExportTable::Kind::Text) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                item->setData(Qt::UserRole, v);
            }
            table->setItem(r, c, item);
        }
    }
    table->setSortingEnabled(true);
    table->setProperty("exportTable", QVariant::fromValue(int(index)));
}

QTableWidget *StatisticsPage::table(int index) const
{
    return m_tables.value(index);
}

void StatisticsPage::drawChart(int index)
{
    if (index < 0 || index >= m_views.size() || !m_stale.value(index))
        return;
    m_stale[index] = false;
    m_views.at(index)->setFigures(m_reading_.figures, uiLanguage());
}

StatsChartView *StatisticsPage::chartView(int index) const
{
    const_cast<StatisticsPage *>(this)->drawChart(index);
    return m_views.value(index);
}

QString StatisticsPage::sentence() const
{
    return m_sentence->text();
}

void StatisticsPage::exportTable()
{
    const int index = m_tabs->currentIndex();
    const bool chinese = uiLanguage() == rules::Language::Zh;
    const auto kind = DisbursementCharts::Kind(index);
    const stats::ExportTable t = kind == DisbursementCharts::Kind::BudgetBurn
        ? stats::FiguresTable::budget(m_reading_.figures, chinese)
        : stats::FiguresTable::build(m_reading_.figures,
                                     kind == DisbursementCharts::Kind::MonthlyByPolicy ? stats::FiguresTable::By::PolicyMonth
                                                                                       : stats::FiguresTable::By::Month,
                                     chinese);
    const QString suggested = tr("statistics %1 to %2.xlsx")
                                  .arg(m_reading_.figures.from().toString(), m_reading_.figures.to().toString());
    const QString path = FileDialog::saveFile(this, tr("Export the table"), suggested,
                                                      tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    const auto status = itemmodels::TableExport::write(t, path);
    m_status->setText(status ? tr("Wrote %1.").arg(path) : status.error());
}

void StatisticsPage::exportChart()
{
    StatsChartView *view = m_views.value(m_tabs->currentIndex());
    if (!view)
        return;
    const QString suggested = tr("%1 %2 to %3.png")
                                  .arg(DisbursementCharts::title(view->kind()), m_reading_.figures.from().toString(),
                                       m_reading_.figures.to().toString());
    const QString path = FileDialog::saveFile(this, tr("Export the chart"), suggested,
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    bool ok = true;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(QRect(QPoint(0, 0), view->size()));
        svg.setTitle(DisbursementCharts::title(view->kind()));
        QPainter painter(&svg);
        view->render(&painter);
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageOrientation(QPageLayout::Landscape);
        QPainter painter(&pdf);
        view->render(&painter);
    } else {
        ok = view->grab().save(path);
    }
    m_status->setText(ok ? tr("Wrote %1.").arg(path) : tr("Could not write %1.").arg(path));
}

void StatisticsPage::print()
{
    StatsChartView *view = m_views.value(m_tabs->currentIndex());
    if (!view)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, view](QPrinter *p) {
        QPainter painter(p);
        const QRect page = painter.viewport();
        painter.drawText(QRect(page.left(), page.top(), page.width(), page.height() / 10), Qt::TextWordWrap,
                         m_sentence->text());
        view->render(&painter, QRect(page.left(), page.top() + page.height() / 10, page.width(), page.height() * 9 / 10));
    });
    preview.exec();
}

void StatisticsPage::openNotice()
{
    if (!m_db)
        return;
    const QStringList chosen = chosenPolicies();
    NoticeDialog dialog(*m_db, chosen.value(0), monthOf(m_to).toString(), this);
    dialog.exec();
}

void StatisticsPage::openPaymentsBehind(const QString &policyCode, const QString &period)
{
    if (!m_db)
        return;
    PaymentsBehindDialog dialog(*m_db, policyCode, period, this);
    dialog.exec();
}

} // namespace mianshen::ui
