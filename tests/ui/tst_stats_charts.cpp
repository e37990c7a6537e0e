// The Statistics charts render offscreen to images of the expected size with
// the expected series and bars; hovering gives the exact figure; a click on a
// bar names its policy and month; the page reads a ledger and shows its
// charts, tables and report sentence; the payments behind a bar are listed
// masked.

#include "stats/StatsTestDatabase.h"

#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"
#include "ui/Settings.h"
#include "ui/pages/StatisticsPage.h"
#include "ui/stats/KpiPanel.h"
#include "ui/stats/PaymentsBehindDialog.h"
#include "ui/stats/StatsChartView.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QLineSeries>
#include <QBarSet>
#include <QChart>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QXYSeries>

using namespace mianshen;
using ui::DisbursementCharts;

namespace {

// Three policies over six months (one with a budget), hand-made; a fourth
// policy paid only before the range.
stats::DisbursementFigures sampleFigures(int monthCount = 6)
{
    QList<stats::PolicyMonthTotal> rows;
    const QStringList codes{QStringLiteral("PATENT-INVENTION"), QStringLiteral("TALENT-HOME"), QStringLiteral("TALENT-LIVING")};
    for (int m = 1; m <= monthCount; ++m) {
        for (int p = 0; p < codes.size(); ++p) {
            stats::PolicyMonthTotal t;
            t.policyCode = codes.at(p);
            t.period = domain::Month::fromYearMonth(2021, m).toString();
            t.subjectKind = p == 0 ? QStringLiteral("enterprise") : QStringLiteral("person");
            t.paidFen = qint64(100000) * (p + 1) * m;
            t.payments = m + p;
            t.subjects = m;
            rows << t;
        }
    }
    QList<stats::PolicyFacts> facts;
    for (const QString &code : codes) {
        stats::PolicyFacts f;
        f.code = code;
        f.title = {code + QStringLiteral("（中）"), code};
        if (code == QLatin1String("TALENT-HOME"))
            f.budgetFen = 10000000;
        facts << f;
    }
    stats::PolicyMonthTotal before;
    before.policyCode = QStringLiteral("PATENT-UTILITY");
    before.subjectKind = QStringLiteral("enterprise");
    before.paidFen = 100000;
    before.payments = 1;
    return stats::DisbursementFigures(domain::Month::fromYearMonth(2021, 1),
                                      domain::Month::fromYearMonth(2021, 1).addMonths(monthCount - 1), rows, {before}, facts);
}

int pixelsOf(const QImage &image, QColor color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) == color)
                ++n;
    return n;
}

} // namespace

class TestStatsCharts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void chartRendersOffscreen_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("series");
        QTest::addColumn<int>("bars");
        QTest::addColumn<int>("points");
        QTest::newRow("monthly by policy") << int(DisbursementCharts::Kind::MonthlyByPolicy) << 1 << 18 << 0;
        QTest::newRow("cumulative") << int(DisbursementCharts::Kind::Cumulative) << 1 << 0 << 6;
        QTest::newRow("budget burn") << int(DisbursementCharts::Kind::BudgetBurn) << 1 << 0 << 6;
        QTest::newRow("subjects per month") << int(DisbursementCharts::Kind::SubjectsPerMonth) << 1 << 18 << 0;
    }
    void chartRendersOffscreen()
    {
        QFETCH(int, kind);
        QFETCH(int, series);
        QFETCH(int, bars);
        QFETCH(int, points);
        ui::StatsChartView view{DisbursementCharts::Kind(kind)};
        view.setFigures(sampleFigures(), rules::Language::Zh);
        view.resize(800, 500);
        const QImage image = view.grab().toImage();
        QCOMPARE(image.size(), QSize(800, 500));
        QCOMPARE(view.seriesCount(), series);
        QCOMPARE(view.barCount(), bars);
        QAbstractSeries *first = view.chart()->series().first();
        if (auto *xy = qobject_cast<QXYSeries *>(first)) {
            QCOMPARE(int(xy->count()), points);
            QVERIFY2(pixelsOf(image, xy->color()) > 50, "the line is not drawn");
        } else {
            auto *barSeries = qobject_cast<QAbstractBarSeries *>(first);
            QVERIFY(barSeries);
            QCOMPARE(barSeries->barSets().size(), 3);
            // Each policy's bars are drawn in its colour.
            for (QBarSet *set : barSeries->barSets())
                QVERIFY2(pixelsOf(image, set->color()) > 100, qPrintable(set->label()));
        }
        // Axis titles in Chinese.
        const auto axes = view.chart()->axes(Qt::Vertical);
        QVERIFY(!axes.isEmpty());
        if (kind != int(DisbursementCharts::Kind::SubjectsPerMonth))
            QVERIFY2(axes.first()->titleText().contains(QStringLiteral("元")), qPrintable(axes.first()->titleText()));
    }

    // Over 24 months: one stacked area per policy, hovered and clicked by month.
    void longRangeDrawsAreas()
    {
        const stats::DisbursementFigures figures = sampleFigures(36);
        QVERIFY(figures.policies().contains(QStringLiteral("PATENT-UTILITY")));
        ui::StatsChartView view(DisbursementCharts::Kind::MonthlyByPolicy);
        view.setFigures(figures, rules::Language::Zh);
        view.resize(1000, 500);
        const QImage image = view.grab().toImage();
        QCOMPARE(image.size(), QSize(1000, 500));
        QCOMPARE(view.seriesCount(), 3);   // not the policy paid only before the range
        QCOMPARE(view.barCount(), 0);
        auto *area = qobject_cast<QAreaSeries *>(view.chart()->series().last());
        QVERIFY(area);
        QCOMPARE(int(area->upperSeries()->count()), 36);
        // Stacked: the last policy's top is the month's total (month 36: 100000 × (1+2+3) × 36 fen = ¥216,000 → 21.6 万元).
        QVERIFY2(qAbs(area->upperSeries()->at(35).y() - 21.6) < 0.01, qPrintable(QString::number(area->upperSeries()->at(35).y())));
        QVERIFY2(pixelsOf(image, area->color()) > 100, "the area is not drawn");
        QSignalSpy spy(&view, &ui::StatsChartView::barClicked);
        Q_EMIT area->clicked(QPointF(29.8, 5));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), area->objectName());
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("2023-07"));
    }

    void englishAxes()
    {
        ui::StatsChartView view(DisbursementCharts::Kind::MonthlyByPolicy);
        view.setFigures(sampleFigures(), rules::Language::En);
        QVERIFY(view.chart()->axes(Qt::Vertical).first()->titleText().contains(QStringLiteral("yuan")));
    }

    void hoverGivesExactFigure_clickNamesTheBar()
    {
        const stats::DisbursementFigures figures = sampleFigures();
        const QString text = DisbursementCharts::barText(figures, DisbursementCharts::Kind::MonthlyByPolicy,
                                                         QStringLiteral("TALENT-LIVING"), 2, rules::Language::En);
        // March: 100000 × 3 × 3 fen = ¥9,000.00, 5 payments.
        QVERIFY2(text.contains(QStringLiteral("¥9,000.00")) && text.contains(QStringLiteral("2021-03")), qPrintable(text));
        ui::StatsChartView view(DisbursementCharts::Kind::MonthlyByPolicy);
        view.setFigures(figures, rules::Language::En);
        QSignalSpy spy(&view, &ui::StatsChartView::barClicked);
        auto *bars = qobject_cast<QAbstractBarSeries *>(view.chart()->series().first());
        Q_EMIT bars->clicked(4, bars->barSets().at(1));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("TALENT-HOME"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("2021-05"));
    }

    void pageShowsTheLedger()
    {
        testing::StatsTestDatabase t;
        QVERIFY2(t.open(QStringLiteral("sqlite")), qPrintable(t.error()));
        matching::PolicyRepository repository(t.db(), catalog::FeedCatalog::builtin());
        for (const char *file : {"patent_invention", "talent_living"})
            QVERIFY(repository.publishFile(QStringLiteral(":/policies/%1.json").arg(QLatin1String(file)),
                                           QStringLiteral("test")).ok());
        QVERIFY(t.exec(QStringLiteral("INSERT INTO persons VALUES ('441202199001010029', '张三丰', 'M', '1990-01-01', "
                                      "'441202', 1)")));
        for (const QString &month : {QStringLiteral("2021-08"), QStringLiteral("2021-09")}) {
            const qint64 batch = t.batch(month);
            const qint64 a1 = t.award(QStringLiteral("TALENT-LIVING"), QStringLiteral("441202199001010029"), month, 150000);
            QVERIFY(t.payment(a1, batch, QStringLiteral("TALENT-LIVING"), QStringLiteral("441202199001010029"),
                              QStringLiteral("person"), month, month, 150000, QStringLiteral("paid")) > 0);
            const qint64 a2 = t.award(QStringLiteral("PATENT-INVENTION"), QStringLiteral("91441200MA4W00001W"), month, 500000);
            QVERIFY(t.payment(a2, batch, QStringLiteral("PATENT-INVENTION"), QStringLiteral("91441200MA4W00001W"),
                              QStringLiteral("enterprise"), month, month, 500000, QStringLiteral("paid")) > 0);
        }
        ui::StatisticsPage page;
        page.setRange(QStringLiteral("2021-07"), QStringLiteral("2021-09"));
        page.setDatabase(&t.db());
        page.resize(1000, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 20000);
        QTRY_COMPARE(page.chartView(0)->barCount(), 2 * 3);
        QCOMPARE(page.table(0)->rowCount(), 4);   // policy × month rows
        QCOMPARE(page.table(3)->rowCount(), 4);   // three months and the total
        QVERIFY2(page.sentence().contains(QStringLiteral("10,000")), qPrintable(page.sentence()));
        QCOMPARE(ui::Settings::instance().value(ui::Settings::Key::StatsFrom).toString(), QStringLiteral("2021-07"));
        ui::PaymentsBehindDialog dialog(t.db(), QStringLiteral("TALENT-LIVING"), QStringLiteral("2021-09"));
        QCOMPARE(dialog.rowCount(), 1);
        page.setDatabase(nullptr);
        // The Dashboard's KPIs, to the latest month with a batch.
        ui::KpiPanel kpis;
        kpis.setDatabase(&t.db());
        QTRY_VERIFY_WITH_TIMEOUT(!kpis.isLoading() && !kpis.texts().isEmpty(), 20000);
        const QStringList texts = kpis.texts();
        QVERIFY2(texts.contains(QStringLiteral("Enterprises paid: 1 to the end of 2021-09")), qPrintable(texts.join(u';')));
        QVERIFY(texts.contains(QStringLiteral("Persons paid: 1 to the end of 2021-09")));
        QVERIFY(texts.contains(QStringLiteral("Payments made: 4 to the end of 2021-09")));
        QVERIFY(texts.contains(QStringLiteral("Total paid (net): ¥13,000.00 to the end of 2021-09")));
        QVERIFY2(texts.filter(QStringLiteral("This month's total: ¥6,500.00 in 2021-09 (2 payment")).size() == 1,
                 qPrintable(texts.join(u';')));
        kpis.setDatabase(nullptr);
    }
};

QTEST_MAIN(TestStatsCharts)
#include "tst_stats_charts.moc"
