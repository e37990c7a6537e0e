// The 公示 dialog offscreen: a payment batch's list shown masked (enterprise
// names in full), an objection recorded and its outcome changed by clicks,
// shown with the list and kept in the audit log, the list exported as .xlsx
// and read back; a policy's list of a month; the Statistics page remembers
// its range and policies.

#include "stats/StatsTestDatabase.h"

#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"
#include "ui/Settings.h"
#include "ui/pages/StatisticsPage.h"
#include "ui/stats/NoticeDialog.h"
#include "ui/stats/StatsChartView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mianshen;

namespace {

const QString TL = QStringLiteral("TALENT-LIVING");
const QString PI = QStringLiteral("PATENT-INVENTION");

QString unzip(const QString &file, const QString &member)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, member});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString column(const QTableWidget *table, int c)
{
    QStringList texts;
    for (int r = 0; r < table->rowCount(); ++r)
        texts << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return texts.join(u';');
}

} // namespace

class TestNoticeDialog final : public QObject
{
    Q_OBJECT

    testing::StatsTestDatabase m_t;
    qint64 m_batch = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY2(m_t.open(QStringLiteral("sqlite")), qPrintable(m_t.error()));
        matching::PolicyRepository repository(m_t.db(), catalog::FeedCatalog::builtin());
        for (const char *file : {"patent_invention", "talent_living"})
            QVERIFY(repository.publishFile(QStringLiteral(":/policies/%1.json").arg(QLatin1String(file)),
                                           QStringLiteral("test")).ok());
        QVERIFY(m_t.exec(QStringLiteral("INSERT INTO persons VALUES ('441202199001010029', '张三丰', 'M', '1990-01-01', "
                                        "'441202', 1)")));
        QVERIFY(m_t.exec(QStringLiteral("INSERT INTO enterprises VALUES ('91441200MA4W00001W', '肇庆示范科技有限公司', "
                                        "'441202199001010029', '441200-GX', '2015-01-01', 'active', 'C39', 'small', 1)")));
        m_batch = m_t.batch(QStringLiteral("2021-09"));
        const qint64 a1 = m_t.award(TL, QStringLiteral("441202199001010029"), QStringLiteral("2021-09"), 150000);
        QVERIFY(m_t.payment(a1, m_batch, TL, QStringLiteral("441202199001010029"), QStringLiteral("person"),
                            QStringLiteral("2021-09"), QStringLiteral("2021-09"), 150000, QStringLiteral("paid")) > 0);
        const qint64 a2 = m_t.award(PI, QStringLiteral("91441200MA4W00001W"), QStringLiteral("2021-09"), 240213300);
        QVERIFY(m_t.payment(a2, m_batch, PI, QStringLiteral("91441200MA4W00001W"), QStringLiteral("enterprise"),
                            QStringLiteral("2021-09"), QStringLiteral("2021-09"), 240213300, QStringLiteral("sent")) > 0);
    }

    void batchNotice_objectionByClicks_exportReadsBack()
    {
        ui::NoticeDialog dialog(m_t.db(), m_batch);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *entries = dialog.entriesTable();
        QCOMPARE(entries->rowCount(), 2);
        // No., policy, name, id, period, amount: a batch of two policies.
        QCOMPARE(entries->columnCount(), 6);
        QVERIFY2(column(entries, 2).contains(QStringLiteral("肇庆示范科技有限公司")), qPrintable(column(entries, 2)));
        QVERIFY2(column(entries, 2).contains(QStringLiteral("张*丰")), qPrintable(column(entries, 2)));
        QVERIFY(!column(entries, 2).contains(QStringLiteral("张三丰")));
        QVERIFY(column(entries, 3).contains(QStringLiteral("441202********0029")));
        QVERIFY(column(entries, 3).contains(QStringLiteral("91441200MA4W00001W")));

        // Record an objection about the person's line, by clicks.
        auto *raisedBy = dialog.findChild<QLineEdit *>(QStringLiteral("raisedBy"));
        auto *content = dialog.findChild<QLineEdit *>(QStringLiteral("content"));
        auto *about = dialog.findChild<QComboBox *>(QStringLiteral("about"));
        auto *received = dialog.findChild<QDateEdit *>(QStringLiteral("received"));
        auto *record = dialog.findChild<QPushButton *>(QStringLiteral("recordObjection"));
        QVERIFY(raisedBy && content && about && received && record);
        QCOMPARE(about->count(), 3);
        received->setDate(QDate(2021, 9, 20));
        // Typed as an input method would deliver it (keyClicks takes Latin-1 only).
        QTest::sendKeyEvent(QTest::Click, raisedBy, Qt::Key_unknown, QStringLiteral("李四"), Qt::NoModifier);
        QTest::keyClicks(content, QStringLiteral("not resident"));
        about->setCurrentIndex(about->findData(QStringLiteral("441202199001010029")));
        QTest::mouseClick(record, Qt::LeftButton);
        QTableWidget *objections = dialog.objectionsTable();
        QCOMPARE(objections->rowCount(), 1);
        QVERIFY2(column(objections, 1) == QStringLiteral("李*"), qPrintable(column(objections, 1)));
        QCOMPARE(column(objections, 0), QStringLiteral("2021-09-20"));
        QCOMPARE(column(objections, 4), QStringLiteral("pending"));
        QVERIFY(raisedBy->text().isEmpty());

        // Nobody named: refused, nothing written.
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(objections->rowCount(), 1);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("who")), qPrintable(dialog.statusText()));

        // Its outcome: select the row, choose, click.
        auto *outcome = dialog.findChild<QComboBox *>(QStringLiteral("outcome"));
        auto *note = dialog.findChild<QLineEdit *>(QStringLiteral("outcomeNote"));
        auto *decided = dialog.findChild<QDateEdit *>(QStringLiteral("decided"));
        auto *setOutcome = dialog.findChild<QPushButton *>(QStringLiteral("setOutcome"));
        QVERIFY(outcome && note && decided && setOutcome);
        QVERIFY(!setOutcome->isEnabled());
        objections->selectRow(0);
        QVERIFY(setOutcome->isEnabled());
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("upheld")));
        decided->setDate(QDate(2021, 9, 25));
        QTest::keyClicks(note, QStringLiteral("checked again"));
        QTest::mouseClick(setOutcome, Qt::LeftButton);
        QCOMPARE(column(objections, 4), QStringLiteral("upheld"));
        QCOMPARE(column(objections, 5), QStringLiteral("2021-09-25"));
        QVariant logged;
        QVERIFY(m_t.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'notice_objection' "
                                        "AND action IN ('notice.objection.record', 'notice.objection.decide')"),
                         {}, &logged));
        QCOMPARE(logged.toInt(), 2);

        // Exported as .xlsx and read back: masked, the total, the objection.
        QTemporaryDir dir;
        const QString xlsx = dir.filePath(QStringLiteral("notice.xlsx"));
        const auto written = dialog.exportTo(xlsx);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const QString strings = unzip(xlsx, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY2(!strings.isEmpty(), "no shared strings (is unzip installed?)");
        QVERIFY(strings.contains(QStringLiteral("张*丰")));
        QVERIFY(!strings.contains(QStringLiteral("张三丰")));
        QVERIFY(strings.contains(QStringLiteral("肇庆示范科技有限公司")));
        QVERIFY(strings.contains(QStringLiteral("441202********0029")));
        QVERIFY(strings.contains(QStringLiteral("checked again")));
        const QString sheet = unzip(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(sheet.contains(QStringLiteral("2403633")), qPrintable(sheet.left(2000)));
        QVERIFY(!dialog.exportTo(dir.filePath(QStringLiteral("notice.doc"))).ok());
    }

    void policyNotice_showsTheObjectionAboutItsPayment()
    {
        ui::NoticeDialog dialog(m_t.db(), TL, QStringLiteral("2021-09"));
        QCOMPARE(dialog.list().policyCode, TL);
        QCOMPARE(dialog.entriesTable()->rowCount(), 1);
        QCOMPARE(dialog.entriesTable()->columnCount(), 5);
        QCOMPARE(dialog.objectionsTable()->rowCount(), 1);
        ui::NoticeDialog other(m_t.db(), PI, QStringLiteral("2021-09"));
        QCOMPARE(other.objectionsTable()->rowCount(), 0);
        ui::NoticeDialog missing(m_t.db(), 4711);
        QCOMPARE(missing.entriesTable()->rowCount(), 0);
        QVERIFY(missing.statusText().contains(QStringLiteral("4711")));
    }

    void statisticsPage_remembersItsChoices()
    {
        ui::Settings::instance().setValue(ui::Settings::Key::StatsPolicies, QStringList{TL});
        {
            ui::StatisticsPage page;
            page.setRange(QStringLiteral("2021-03"), QStringLiteral("2021-09"));
            // Changing the range before the policies are read keeps them.
            QCOMPARE(page.chosenPolicies(), QStringList{TL});
        }
        QCOMPARE(ui::Settings::instance().value(ui::Settings::Key::StatsPolicies).toStringList(), QStringList{TL});
        QCOMPARE(ui::Settings::instance().value(ui::Settings::Key::StatsFrom).toString(), QStringLiteral("2021-03"));
        ui::StatisticsPage again;
        again.setDatabase(&m_t.db());
        QTRY_VERIFY_WITH_TIMEOUT(!again.isLoading(), 20000);
        QCOMPARE(again.chosenPolicies(), QStringList{TL});
        QCOMPARE(again.chartView(0)->figures().from().toString(), QStringLiteral("2021-03"));
        QCOMPARE(again.chartView(0)->figures().to().toString(), QStringLiteral("2021-09"));
        again.setDatabase(nullptr);
        ui::Settings::instance().setValue(ui::Settings::Key::StatsPolicies, QStringList());
    }
};

QTEST_MAIN(TestNoticeDialog)
#include "tst_notice_dialog.moc"
