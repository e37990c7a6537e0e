// GUI tests of the application shell, run offscreen: the real MainWindow on a
// temporary SQLite database, every page, the PostgreSQL connection dialog
// against the test server, an import through the Data page, and the
// language switch.

#include "domain/IdentityCodes.h"
#include "itemmodels/FeedSummaryModel.h"
#include "itemmodels/PagedTableModel.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "support/PostgresTestDatabase.h"
#include "ui/ConnectDialog.h"
#include "ui/EmptyState.h"
#include "ui/ImportPreviewDialog.h"
#include "ui/ImportRunner.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/TableBrowser.h"
#include "ui/pages/DashboardPage.h"
#include "demo/DemoDataGenerator.h"
#include "ui/pages/DataPage.h"
#include "ui/pages/MatchingPage.h"
#include "ui/pages/PoliciesPage.h"
#include "ui/pages/ReviewPage.h"
#include "ui/pages/AuditPage.h"
#include "ui/review/ReviewQueueModel.h"
#include "ui/pages/PaymentsPage.h"
#include "ui/pages/TablePage.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QFile>
#include <QListWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace mianshen;
using ui::MainWindow;

namespace {

QByteArray personId(int serial)
{
    const QByteArray body = "44120019850101" + QByteArray::number(serial).rightJustified(3, '0');
    const auto check = domain::identity::idNumberCheckCharacter(std::string_view(body.constData(), 17));
    return body + QByteArray(1, check.value_or('?'));
}

// Imports through the Data page and waits for the end; the number of files
// imported, or -1 when refused, -2 when it did not end in time.
int importAndWait(ui::DataPage *data, const QStringList &files, bool quarantine = false)
{
    QSignalSpy done(data, &ui::DataPage::importFinished);
    if (!data->startImport(files, quarantine))
        return -1;
    if (!done.wait(180000))
        return -2;
    return done.at(0).at(0).toInt();
}

// Starts a run on the Matching page and waits for its end.
bool runAndWait(ui::MatchingPage *page)
{
    QSignalSpy done(page, &ui::MatchingPage::runFinished);
    if (!page->runMatching())
        return false;
    return done.wait(180000) && done.at(0).at(0).toBool();
}

// Counts the longest pause of the GUI thread's event loop while `until`
// is false (a 10 ms timer that should fire on time), up to `limitMs`.
qint64 longestEventLoopGap(const std::function<bool()> &until, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = qMax(longest, now - last);
        last = now;
    });
    timer.start();
    while (!until() && clock.elapsed() < limitMs)
        QTest::qWait(5);
    return qMax(longest, clock.elapsed() - last);
}

bool containsChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

// A table page over a table only the window's own connection sees (a
// temporary table): every query of the page's worker fails.
class GhostPage final : public ui::TablePage
{
public:
    QString title() const override { return QStringLiteral("Ghost"); }

protected:
    QString tableName() const override { return QStringLiteral("ghost"); }
    QString heading() const override { return QStringLiteral("Ghosts"); }
    QString emptyHeading() const override { return QStringLiteral("No ghosts."); }
    QString emptyExplanation() const override { return QStringLiteral("Ghosts appear at midnight."); }
};

// Answers the next modal dialog that opens (the file dialog and message
// seams of the pages): calls `act` on it once it is shown.
void whenModalShown(const std::function<void(QWidget *)> &act)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, act] {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && modal->isVisible()) {
            poll->stop();
            poll->deleteLater();
            act(modal);
        }
    });
    poll->start();
}

QByteArray personIdOn(const QDate &birth, int serial)
{
    const QByteArray body = "441200" + birth.toString(QStringLiteral("yyyyMMdd")).toLatin1()
                            + QByteArray::number(serial).rightJustified(3, '0');
    const auto check = domain::identity::idNumberCheckCharacter(std::string_view(body.constData(), 17));
    return body + QByteArray(1, check.value_or('?'));
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ui::LanguageSwitcher *m_languages = nullptr;

    QString newDatabasePath(const QString &name) { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MianshenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("mianshen-gui-test"));
        QVERIFY(m_dir.isValid());
        ui::MessageBox::setTestMode(true);
        ui::Settings::instance().setValue(ui::Settings::Key::RecentDatabases, QStringList());
        ui::Settings::instance().setValue(ui::Settings::Key::LastDatabase, QString());
        ui::Settings::instance().setLanguage(QStringLiteral("en"));
        m_languages = new ui::LanguageSwitcher(this);
        m_languages->apply(QStringLiteral("en"));
    }

    void openNewDatabase_asksThenMigratesAndShowsSchemaVersion()
    {
        MainWindow window(*m_languages);
        window.show();
        const QString path = newDatabasePath(QStringLiteral("asked.sqlite"));

        // Declining creates nothing.
        ui::MessageBox::clearShownTexts();
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!window.openDatabase(store::ConnectionSpec::sqlite(path)));
        QCOMPARE(ui::MessageBox::shownTexts().size(), 1);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!window.database());

        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(path)));
        QVERIFY(window.database());
        store::Migrator migrator(*window.database());
        QCOMPARE(window.database()->schemaVersion(), migrator.latestVersion());
        QVERIFY2(window.statusText().contains(QStringLiteral("Schema version %1").arg(migrator.latestVersion())),
                 qPrintable(window.statusText()));
        QVERIFY(window.statusText().contains(QStringLiteral("asked.sqlite")));
        QCOMPARE(ui::Settings::instance().recentDatabases().value(0), window.database()->spec().toString(false));
    }

    void everyPage_visitedByShortcut_showsDataOrAnHonestEmptyState()
    {
        MainWindow window(*m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(newDatabasePath(QStringLiteral("pages.sqlite"))), false));
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window.currentPage(), i);
            QVERIFY(window.page(MainWindow::PageIndex(i))->isVisible());
            QVERIFY(!window.page(MainWindow::PageIndex(i))->title().isEmpty());
        }
        // Review: the empty state says how cases get there; no invented rows.
        auto *review = static_cast<ui::ReviewPage *>(window.page(MainWindow::Review));
        QTRY_VERIFY(review->isShowingEmptyState());
        QCOMPARE(review->emptyState()->heading(), QStringLiteral("No cases are waiting for review."));
        QVERIFY(review->emptyState()->explanation().contains(QStringLiteral("matching run")));
        QTRY_VERIFY(static_cast<ui::PaymentsPage *>(window.page(MainWindow::Payments))->isShowingEmptyState());
        QTRY_VERIFY(static_cast<ui::AuditPage *>(window.page(MainWindow::Audit))->isShowingEmptyState());
        // Dashboard: real zeros from the database.
        auto *dashboard = static_cast<ui::DashboardPage *>(window.page(MainWindow::Dashboard));
        QTRY_VERIFY(!dashboard->isLoading() && !dashboard->tileTexts().isEmpty());
        QVERIFY2(dashboard->tileTexts().contains(QStringLiteral("Persons: 0")), qPrintable(dashboard->tileTexts().join(u';')));
        // Data: every feed with zero rows.
        auto *data = window.dataPage();
        QTRY_VERIFY(!data->isReadingSummary() && data->summaryModel()->rowCount() > 0);
        for (const auto &line : data->summaryModel()->lines())
            QCOMPARE(line.rows.value_or(-1), 0);
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_VERIFY(!data->isReadingSummary());
    }

    void newerDatabase_refusedWithItsMessage()
    {
        const QString path = newDatabasePath(QStringLiteral("newer.sqlite"));
        {
            auto db = store::Database::open(store::ConnectionSpec::sqlite(path));
            QVERIFY2(db, qPrintable(db.error()));
            store::Migrator migrator(*db.value());
            QVERIFY(migrator.migrate());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at, program_version) "
                                          "VALUES (999, 'future', '2030-01-01T00:00:00Z', '9.9')")));
        }
        MainWindow window(*m_languages);
        ui::MessageBox::clearShownTexts();
        QVERIFY(!window.openDatabase(store::ConnectionSpec::sqlite(path), false));
        QVERIFY(!window.database());
        QCOMPARE(ui::MessageBox::shownTexts().size(), 1);
        QVERIFY2(ui::MessageBox::shownTexts().constFirst().contains(QStringLiteral("newer")),
                 qPrintable(ui::MessageBox::shownTexts().constFirst()));
    }

    void importPreview_recognisesFeedsFromFileNames()
    {
        const QString persons = m_dir.filePath(QStringLiteral("persons_2021-09.csv"));
        const QString other = m_dir.filePath(QStringLiteral("holiday_photos.csv"));
        for (const QString &f : {persons, other}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x\n");
        }
        ui::ImportPreviewDialog dialog({persons, other});
        QCOMPARE(dialog.recognisedFiles(), QStringList{persons});
        QCOMPARE(dialog.unrecognisedFiles(), QStringList{other});
    }

    void dataPage_afterImport_showsRowCountsAndMaskedRows()
    {
        MainWindow window(*m_languages);
        window.show();
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(newDatabasePath(QStringLiteral("import.sqlite"))), false));
        const QString csv = m_dir.filePath(QStringLiteral("persons.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id_number,name,gender,birth_date,household_area\n");
            for (int i = 1; i <= 3; ++i)
                file.write(personId(i) + ",张" + QByteArray::number(i) + "," + (i % 2 ? "M" : "F") + ",1985-01-01,441200-GX\n");
        }
        window.showPage(MainWindow::Data);
        auto *data = window.dataPage();
        ui::MessageBox::clearShownTexts();
        QCOMPARE(importAndWait(data, {csv}), 1);
        QVERIFY2(ui::MessageBox::shownTexts().value(0).contains(QStringLiteral("1 file imported")),
                 qPrintable(ui::MessageBox::shownTexts().join(u'\n')));
        QTRY_VERIFY(!data->isReadingSummary());
        int row = -1;
        for (int r = 0; r < data->summaryModel()->rowCount(); ++r) {
            if (data->summaryModel()->feedAt(r) == QLatin1String("persons"))
                row = r;
        }
        QVERIFY(row >= 0);
        QTRY_COMPARE(data->summaryModel()->index(row, itemmodels::FeedSummaryModel::Rows).data().toString(), QStringLiteral("3"));
        QCOMPARE(data->summaryModel()->index(row, itemmodels::FeedSummaryModel::LastResult).data().toString(),
                 QStringLiteral("imported"));

        data->browseFeed(QStringLiteral("persons"));
        auto *model = data->feedBrowser()->model();
        QVERIFY(model);
        QTRY_COMPARE(model->rowCount(), 3);
        const QString shown = model->index(0, 0).data().toString();
        QCOMPARE(shown, QString::fromLatin1(personId(1).left(6) + "********" + personId(1).right(4)));
        QVERIFY(data->feedBrowser()->applyFilter(1, QStringLiteral("张2")));
        QTRY_COMPARE(model->rowCount(), 1);

        // Every table exports (CSV, BOM, the rows the filter shows, masked) and prints.
        {
            const QString exported = m_dir.filePath(QStringLiteral("persons_export.csv"));
            QSignalSpy done(data->feedBrowser(), &ui::TableBrowser::exported);
            QVERIFY(data->feedBrowser()->exportTo(exported));
            QVERIFY(done.wait(30000));
            QVERIFY(done.at(0).at(0).toBool());
            QFile in(exported);
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray bytes = in.readAll();
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            const QString text = QString::fromUtf8(bytes);
            QCOMPARE(text.count(QStringLiteral("\r\n")), 2); // the header and 张2's row
            QVERIFY2(text.contains(QString::fromLatin1(personId(2).left(6) + "********" + personId(2).right(4))), qPrintable(text));
            auto printer = std::make_shared<QPrinter>();
            printer->setOutputFormat(QPrinter::PdfFormat);
            const QString pdf = m_dir.filePath(QStringLiteral("persons.pdf"));
            printer->setOutputFileName(pdf);
            QSignalSpy printed(data->feedBrowser(), &ui::TableBrowser::printed);
            QVERIFY(data->feedBrowser()->printTo(printer));
            QVERIFY(printed.wait(30000));
            QVERIFY(printed.at(0).at(0).toBool());
            QVERIFY(QFileInfo(pdf).size() > 0);
        }

        // The history shows the import; the dashboard counts the persons.
        auto *history = data->historyBrowser()->model();
        QVERIFY(history);
        QTRY_COMPARE(history->rowCount(), 1);
        auto *dashboard = static_cast<ui::DashboardPage *>(window.page(MainWindow::Dashboard));
        QTRY_VERIFY(dashboard->tileTexts().contains(QStringLiteral("Persons: 3")));
    }

    void dataPage_rejectedFile_showsItsProblemsAndImportsNothing()
    {
        MainWindow window(*m_languages);
        window.show();
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(newDatabasePath(QStringLiteral("reject.sqlite"))), false));
        const QString csv = m_dir.filePath(QStringLiteral("persons_bad.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id_number,name,gender,birth_date,household_area\n");
            file.write(personId(1) + ",A,M,1985-01-01,441200\n");
            file.write("441200198501010000,B,M,1985-01-01,441200\n"); // wrong check character
        }
        auto *data = window.dataPage();
        QCOMPARE(importAndWait(data, {csv}), 0);
        QCOMPARE(data->tabs()->currentIndex(), int(ui::DataPage::ProblemsTab));
        auto *problems = data->problemsBrowser()->model();
        QVERIFY(problems);
        QTRY_VERIFY(problems->rowCount() >= 1);
        const int lineColumn = problems->source().columnIndex(QStringLiteral("line"));
        QCOMPARE(problems->index(0, lineColumn).data().toString(), QStringLiteral("3"));
        QTRY_VERIFY(!data->isReadingSummary());
        for (const auto &line : data->summaryModel()->lines()) {
            if (line.feed == QLatin1String("persons"))
                QCOMPARE(line.rows.value_or(-1), 0);
        }

        // In quarantine mode the good row is imported and the bad one kept.
        QCOMPARE(importAndWait(data, {csv}, true), 1);
        QTRY_VERIFY(!data->isReadingSummary());
        for (const auto &line : data->summaryModel()->lines()) {
            if (line.feed == QLatin1String("persons"))
                QCOMPARE(line.rows.value_or(-1), 1);
        }
    }

    void policiesPage_shippedPolicies_readableAndPublishable()
    {
        MainWindow window(*m_languages);
        window.show();
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(newDatabasePath(QStringLiteral("policies.sqlite"))), false));
        window.showPage(MainWindow::Policies);
        auto *page = static_cast<ui::PoliciesPage *>(window.page(MainWindow::Policies));
        QTRY_VERIFY(!page->isReading());
        const int shipped = page->model()->rowCount();
        QVERIFY(shipped >= 6);
        page->select(0);
        const auto *entry = page->model()->entry(0);
        QVERIFY(entry && entry->policy);
        const QString code = entry->code;
        QVERIFY2(page->readableHtml().contains(entry->policy->title.en), qPrintable(page->readableHtml().left(300)));
        QVERIFY(page->readableHtml().contains(QStringLiteral("Conditions")));

        // Publish it by clicking: one question with what changes, no second box;
        // a published version appears; withdraw it again.
        ui::MessageBox::clearShownTexts();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("publishPolicy")), Qt::LeftButton);
        QCOMPARE(ui::MessageBox::shownTexts().size(), 1);
        QVERIFY2(ui::MessageBox::shownTexts().constFirst().contains(QStringLiteral("first published version")),
                 qPrintable(ui::MessageBox::shownTexts().constFirst()));
        QTRY_VERIFY(!page->isReading());
        QCOMPARE(page->model()->rowCount(), shipped + 1);
        const int publishedRow = shipped;
        QCOMPARE(page->model()->entry(publishedRow)->publishedStatus, QStringLiteral("published"));
        // The selection moved to the version just published, and stays on it when withdrawn.
        QCOMPARE(page->model()->entry(publishedRow)->code, code);
        QVERIFY(page->selectedEntry() == page->model()->entry(publishedRow));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(page->withdrawSelected());
        QTRY_VERIFY(!page->isReading());
        QCOMPARE(page->model()->entry(publishedRow)->publishedStatus, QStringLiteral("withdrawn"));
        QVERIFY(page->selectedEntry() == page->model()->entry(publishedRow));
        // Declining the question publishes nothing.
        page->select(0);
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!page->publishSelected());
        QTRY_VERIFY(!page->isReading());
        QCOMPARE(page->model()->rowCount(), shipped + 1);
    }

    void policiesPage_brokenFile_findingShownAtItsLine()
    {
        MainWindow window(*m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Policies);
        auto *page = static_cast<ui::PoliciesPage *>(window.page(MainWindow::Policies));
        const QString path = m_dir.filePath(QStringLiteral("broken_policy.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\n  \"format\": \"mianshen-policy/1\",\n  \"code\": \"X\",\n  \"version\": \"one\"\n}\n");
        }
        const int row = page->loadFiles({path});
        QVERIFY(row >= 0);
        QVERIFY(!page->model()->entry(row)->policy);
        QCOMPARE(page->tabs()->currentIndex(), int(ui::PoliciesPage::SourceTab));
        const QString source = page->sourceHtml();
        QVERIFY2(source.contains(QStringLiteral("error [")), qPrintable(source));
        // "version" must be a number: the finding comes right after line 4, before line 5.
        const int wrongKind = source.indexOf(QStringLiteral("[wrong-kind]"));
        QVERIFY(wrongKind > source.indexOf(QStringLiteral("     4    \"version\"")));
        QVERIFY(wrongKind < source.indexOf(QStringLiteral("     5  }")));
        // The findings list jumps to the line: a click selects line 4 in the file.
        QVERIFY(page->findingsList()->count() >= 1);
        int versionFinding = -1;
        for (int i = 0; i < page->findingsList()->count(); ++i) {
            if (page->findingsList()->item(i)->text().startsWith(QStringLiteral("line 4,")))
                versionFinding = i;
        }
        QVERIFY(versionFinding >= 0);
        QTest::mouseClick(page->findingsList()->viewport(), Qt::LeftButton, {},
                          page->findingsList()->visualItemRect(page->findingsList()->item(versionFinding)).center());
        QVERIFY2(page->sourceCursorLine().contains(QStringLiteral("\"version\": \"one\"")), qPrintable(page->sourceCursorLine()));
    }

    void matchingPage_runOnDemoDistrict_showsSummaryDecisionsAndExplanation()
    {
        // A small demo district, imported through the Data page; every shipped
        // policy published through the Policies page; a run for 2021-09.
        demo::DemoDataOptions options;
        options.persons = 1500;
        options.enterprises = 150;
        options.seed = 11;
        options.outputDirectory = m_dir.filePath(QStringLiteral("demo"));
        const auto generated = demo::DemoDataGenerator(options).generate();
        QVERIFY2(generated, qPrintable(generated.error()));
        QStringList files;
        for (const auto &f : generated->files)
            files << m_dir.filePath(QStringLiteral("demo/") + f.fileName);

        MainWindow window(*m_languages);
        window.show();
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(newDatabasePath(QStringLiteral("matching.sqlite"))), false));
        QCOMPARE(importAndWait(window.dataPage(), files), int(files.size()));
        auto *policies = static_cast<ui::PoliciesPage *>(window.page(MainWindow::Policies));
        QTRY_VERIFY(!policies->isReading());
        const int shipped = policies->model()->rowCount();
        for (int row = 0; row < shipped; ++row) {
            policies->select(row);
            QVERIFY(policies->publishSelected());
            QTRY_VERIFY(!policies->isReading());
        }
        auto *page = static_cast<ui::MatchingPage *>(window.page(MainWindow::Matching));
        window.showPage(MainWindow::Matching);
        QTRY_COMPARE(page->policyList()->count(), shipped);
        page->setPeriod(QStringLiteral("2021-09"));
        ui::MessageBox::clearShownTexts();
        {
            // Run by clicking the button; the page answers with runFinished.
            QSignalSpy done(page, &ui::MatchingPage::runFinished);
            QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("runMatching")), Qt::LeftButton);
            QVERIFY(done.wait(180000));
            QVERIFY2(done.at(0).at(0).toBool(), qPrintable(ui::MessageBox::shownTexts().join(u'\n')));
        }
        QTRY_COMPARE(page->runsBrowser()->model()->rowCount(), 1);
        QTRY_VERIFY(page->summaryBrowser()->model() && page->summaryBrowser()->model()->rowCount() == shipped);
        auto *decisions = page->decisionsBrowser()->model();
        QVERIFY(decisions);
        QTRY_VERIFY2(decisions->rowCount() > 0, "the demo district gives awards in 2021-09");
        page->showExplanation(0);
        QVERIFY(!page->explanationText().isEmpty());
        QVERIFY(page->explanationText() != QStringLiteral("Click a decision to read how it was reached."));
        // The explanation masks id numbers like the tables, until the switch
        // shows them (a person's decision: an enterprise's code is public).
        static const QRegularExpression fullId(QStringLiteral("(?<![0-9A-Z])[0-9]{17}[0-9X](?![0-9A-Z])"));
        QVERIFY(page->decisionsBrowser()->isMasked());
        page->decisionsBrowser()->setMasked(false);
        int personRow = -1;
        for (int r = 0; r < decisions->rowCount() && personRow < 0; ++r) {
            page->showExplanation(r);
            if (page->explanationText().contains(fullId))
                personRow = r;
        }
        QVERIFY2(personRow >= 0, "the demo district decides for persons");
        page->decisionsBrowser()->setMasked(true);
        QVERIFY2(!page->explanationText().contains(fullId), qPrintable(page->explanationText().left(400)));
        QVERIFY(page->explanationText().contains(QStringLiteral("********")));
        // Rebuilt from the stored form and the policy version: every step, and the decision.
        QVERIFY2(page->explanationText().contains(QStringLiteral("[pass] gate gate"))
                     || page->explanationText().contains(QStringLiteral("[通过] 前提 gate")), qPrintable(page->explanationText()));
        QVERIFY2(page->explanationText().contains(QStringLiteral("Decision: ")) || page->explanationText().contains(QStringLiteral("结论：")),
                 qPrintable(page->explanationText()));
        // Nothing changed: no second run.
        QVERIFY(runAndWait(page));
        QTRY_COMPARE(page->runsBrowser()->model()->rowCount(), 1);
        // The review page now counts the flagged cases (awards awaiting review), if any, from real data.
        auto *review = static_cast<ui::ReviewPage *>(window.page(MainWindow::Review));
        QTRY_VERIFY(review->queueModel() && review->queueModel()->totalRows().has_value());

        // Another database: nothing of this one stays on screen.
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(newDatabasePath(QStringLiteral("other.sqlite"))), false));
        QCOMPARE(page->explanationText(), QStringLiteral("Click a decision to read how it was reached."));
        QVERIFY(!page->decisionsBrowser()->model());
        QVERIFY(!page->summaryBrowser()->model());
        QTRY_VERIFY(!page->isReadingPolicies());
        QCOMPARE(page->policyList()->count(), 0);
        QTRY_VERIFY(!policies->isReading());
        QCOMPARE(policies->model()->rowCount(), shipped);
        QTRY_VERIFY(!window.dataPage()->isReadingSummary());
        for (const auto &line : window.dataPage()->summaryModel()->lines())
            QCOMPARE(line.rows.value_or(-1), 0);
    }

    void connectDialog_unreachableServer_staysResponsiveAndCancels()
    {
        // A "server" that accepts the connection and never answers.
        QTcpServer blackhole;
        QVERIFY(blackhole.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&blackhole, &QTcpServer::newConnection, &blackhole, [&] {
            while (blackhole.hasPendingConnections())
                held << blackhole.nextPendingConnection();
        });
        ui::ConnectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFields(QStringLiteral("127.0.0.1"), blackhole.serverPort(), QStringLiteral("mianshen"),
                         QStringLiteral("nobody"), QStringLiteral("secret"), QStringLiteral("disable"));
        QElapsedTimer clock;
        clock.start();
        // Clicking Connect returns at once and says it is connecting.
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY2(clock.elapsed() < 100, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(dialog.isConnecting());
        QVERIFY(!ok->isEnabled());
        auto *progress = dialog.findChild<QLabel *>(QStringLiteral("connectProgress"));
        QVERIFY(progress && progress->isVisible());
        QVERIFY(progress->text().contains(QString::number(blackhole.serverPort())));
        // The event loop keeps turning while the server keeps it waiting.
        const qint64 gap = longestEventLoopGap([] { return false; }, 1500);
        QVERIFY2(gap < 100, qPrintable(QStringLiteral("the GUI thread stopped for %1 ms").arg(gap)));
        QVERIFY(dialog.isConnecting());
        QVERIFY(!held.isEmpty());
        // Escape (Cancel) closes the dialog at once; the attempt is dropped.
        clock.restart();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY2(clock.elapsed() < 100, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.takeDatabase());
    }

    void mainWindow_openingAnUnreachableServer_neverFreezes()
    {
        QTcpServer blackhole;
        QVERIFY(blackhole.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&blackhole, &QTcpServer::newConnection, &blackhole, [&] {
            while (blackhole.hasPendingConnections())
                held << blackhole.nextPendingConnection();
        });
        MainWindow window(*m_languages);
        window.show();
        store::ConnectionSpec spec;
        spec.dialect = store::Dialect::Postgres;
        spec.host = QStringLiteral("127.0.0.1");
        spec.port = blackhole.serverPort();
        spec.database = QStringLiteral("mianshen");
        spec.user = QStringLiteral("nobody");
        spec.password = QStringLiteral("secret");
        spec.sslmode = QStringLiteral("disable");
        ui::MessageBox::clearShownTexts();
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        QVERIFY(window.startOpeningDatabase(spec));
        QVERIFY(window.isOpeningDatabase());
        const qint64 gap = longestEventLoopGap([&] { return !opened.isEmpty(); }, 20000);
        QVERIFY2(gap < 100, qPrintable(QStringLiteral("the GUI thread stopped for %1 ms").arg(gap)));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toBool(), false);
        QVERIFY(!window.database());
        QCOMPARE(ui::MessageBox::shownTexts().size(), 1);
    }

    void mainWindow_opensAndMigratesInTheBackground()
    {
        MainWindow window(*m_languages);
        window.show();
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        QVERIFY(window.startOpeningDatabase(store::ConnectionSpec::sqlite(newDatabasePath(QStringLiteral("background.sqlite"))), false));
        QVERIFY(!window.database()); // not yet: the worker migrates
        QVERIFY(opened.wait(30000));
        QVERIFY(opened.at(0).at(0).toBool());
        QVERIFY(window.database());
        store::Migrator migrator(*window.database());
        QCOMPARE(window.database()->schemaVersion(), migrator.latestVersion());
    }

    void tablePage_failedQuery_showsTheErrorInPlaceOfTheTable()
    {
        MainWindow window(*m_languages);
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(newDatabasePath(QStringLiteral("ghost.sqlite"))), false));
        QSqlQuery q(window.database()->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE ghost (id INTEGER PRIMARY KEY)")));
        GhostPage page;
        page.setDatabase(window.database());
        QTRY_VERIFY(page.isShowingError());
        QCOMPARE(page.emptyState()->heading(), QStringLiteral("The rows could not be read."));
        QVERIFY2(page.emptyState()->explanation().contains(QStringLiteral("ghost")), qPrintable(page.emptyState()->explanation()));
        QVERIFY(page.emptyState()->heading() != QStringLiteral("No ghosts."));
        page.setDatabase(nullptr);
    }

    void dataPage_importWithPreview_byClicks_andCancel()
    {
        MainWindow window(*m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(newDatabasePath(QStringLiteral("clicks.sqlite"))), false));
        window.showPage(MainWindow::Data);
        auto *data = window.dataPage();
        // A large delivery, so that the import is still running when Cancel is clicked.
        const QString big = m_dir.filePath(QStringLiteral("persons_big.csv"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id_number,name,gender,birth_date,household_area\n");
            QByteArray chunk;
            const QDate first(1950, 1, 1);
            for (int day = 0; day < 1500; ++day) {
                const QDate birth = first.addDays(day);
                for (int serial = 0; serial < 1000; ++serial) {
                    chunk += personIdOn(birth, serial) + ",李" + QByteArray::number(serial) + ",M,"
                             + birth.toString(Qt::ISODate).toLatin1() + ",441200-GX\n";
                }
                file.write(chunk);
                chunk.clear();
            }
        }
        // Import through the preview dialog: the Import button is clicked.
        QSignalSpy finished(data, &ui::DataPage::importFinished);
        whenModalShown([](QWidget *modal) {
            auto *buttons = modal->findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        ui::MessageBox::clearShownTexts();
        data->importFiles({big});
        QVERIFY(data->isImporting());
        // The progress dialog appears; its Cancel button is clicked.
        QTRY_VERIFY_WITH_TIMEOUT(data->importRunner()->progressDialog() && data->importRunner()->progressDialog()->isVisible(), 10000);
        auto *cancel = data->importRunner()->progressDialog()->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QCOMPARE(data->importRunner()->summary().cancelled, 1);
        QVERIFY2(ui::MessageBox::shownTexts().value(0).contains(QStringLiteral("cancelled")),
                 qPrintable(ui::MessageBox::shownTexts().join(u'\n')));
        QTRY_VERIFY(!data->isReadingSummary());
        for (const auto &line : data->summaryModel()->lines()) {
            if (line.feed == QLatin1String("persons"))
                QCOMPARE(line.rows.value_or(-1), 0);
        }
        // Cancel in the preview imports nothing.
        whenModalShown([](QWidget *modal) { QTest::keyClick(modal, Qt::Key_Escape); });
        data->importFiles({big});
        QVERIFY(!data->isImporting());
    }

    void dataPage_problemsCsv_writtenInTheBackground()
    {
        MainWindow window(*m_languages);
        window.show();
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(newDatabasePath(QStringLiteral("problems.sqlite"))), false));
        const QString csv = m_dir.filePath(QStringLiteral("persons_problems.csv"));
        const int bad = 3000;
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id_number,name,gender,birth_date,household_area\n");
            for (int i = 0; i < bad; ++i)
                file.write("441200198501010000,B,M,1985-01-01,441200\n"); // wrong check character
        }
        auto *data = window.dataPage();
        QCOMPARE(importAndWait(data, {csv}), 0);
        QTRY_VERIFY(data->problemsBrowser()->model() && data->problemsBrowser()->model()->totalRows().has_value());
        const qint64 problems = *data->problemsBrowser()->model()->totalRows();
        QVERIFY(problems >= 1);
        const QString out = m_dir.filePath(QStringLiteral("problems_out.csv"));
        QSignalSpy saved(data, &ui::DataPage::problemsSaved);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(data->saveProblemsTo(out));
        QVERIFY2(clock.elapsed() < 100, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(saved.wait(60000));
        QVERIFY(saved.at(0).at(0).toBool());
        QFile in(out);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 1 + problems);
    }

    void dataPage_largeDeletion_heldThenConfirmedOnce()
    {
        MainWindow window(*m_languages);
        window.show();
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(newDatabasePath(QStringLiteral("gate.sqlite"))), false));
        auto *data = window.dataPage();
        const auto write = [this](const QString &name, int rows) {
            const QString path = m_dir.filePath(name);
            QFile file(path);
            if (file.open(QIODevice::WriteOnly)) {
                file.write("id_number,name,gender,birth_date,household_area\n");
                for (int i = 1; i <= rows; ++i)
                    file.write(personId(i) + ",张" + QByteArray::number(i) + (i % 2 ? ",M" : ",F") + ",1985-01-01,441200-GX\n");
            }
            return path;
        };
        ui::MessageBox::clearShownTexts();
        QVERIFY2(importAndWait(data, {write(QStringLiteral("persons_gate_all.csv"), 200)}) == 1,
                 qPrintable(ui::MessageBox::shownTexts().join(u'\n')));
        const QString cut = write(QStringLiteral("persons_gate_cut.csv"), 100);
        const auto personsLine = [data] {
            for (const auto &line : data->summaryModel()->lines()) {
                if (line.feed == QLatin1String("persons"))
                    return line;
            }
            return itemmodels::FeedSummaryModel::Line();
        };
        // Half the register would go: held; the person is asked once and says no.
        ui::MessageBox::clearShownTexts();
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QCOMPARE(importAndWait(data, {cut}), 0);
        QCOMPARE(ui::MessageBox::shownTexts().size(), 1);
        QVERIFY2(ui::MessageBox::shownTexts().constFirst().contains(QStringLiteral("Held")),
                 qPrintable(ui::MessageBox::shownTexts().constFirst()));
        QTRY_VERIFY(!data->isReadingSummary());
        QTRY_VERIFY(personsLine().lastHeld);
        QCOMPARE(personsLine().rows.value_or(-1), 200);
        // Again, and yes: the same files are imported confirming the large change.
        QSignalSpy finished(data, &ui::DataPage::importFinished);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(data->startImport({cut}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QCOMPARE(finished.at(1).at(0).toInt(), 1);
        QTRY_VERIFY(!data->isReadingSummary());
        QTRY_COMPARE(personsLine().rows.value_or(-1), 100);
        QSqlQuery q(window.database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT large_change_accepted_by FROM import_history ORDER BY id DESC LIMIT 1")) && q.next());
        QVERIFY(!q.value(0).toString().isEmpty());
    }

    void connectDialog_wrongPassword_saysSo()
    {
        testing::PostgresTestDatabase pg;
        MIANSHEN_REQUIRE_POSTGRES(pg);
        auto server = testing::PostgresTestDatabase::serverSpec();
        QVERIFY2(server, qPrintable(server.error()));
        ui::ConnectDialog dialog;
        dialog.setFields(server->host, server->port, server->database, server->user,
                         server->password + QStringLiteral("-wrong"), server->sslmode);
        QVERIFY(!dialog.tryConnect());
        QVERIFY(!dialog.takeDatabase());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("password is wrong")), qPrintable(dialog.errorText()));

        // A server that is not there is explained differently.
        dialog.setFields(QStringLiteral("127.0.0.1"), 1, server->database, server->user, server->password, QString());
        QVERIFY(!dialog.tryConnect());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("cannot be reached")), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.errorText().contains(QStringLiteral("password")));

        // The right password connects, and the main window takes the connection.
        dialog.setUrl(pg.spec().toString(true));
        QVERIFY2(dialog.tryConnect(), qPrintable(dialog.errorText()));
        auto db = dialog.takeDatabase();
        QVERIFY(db);
        MainWindow window(*m_languages);
        QVERIFY(window.adoptDatabase(std::move(db)));
        QVERIFY(window.statusText().contains(QStringLiteral("PostgreSQL")));
        window.closeDatabase();
    }

    void languageSwitch_showsChinese()
    {
        MainWindow window(*m_languages);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->item(MainWindow::Data)->text(), QStringLiteral("Data"));
        // Chosen in the settings dialog, applied at once.
        ui::SettingsDialog dialog(&window);
        dialog.selectLanguage(QStringLiteral("zh_CN"));
        dialog.apply();
        QCOMPARE(m_languages->current(), QStringLiteral("zh_CN"));
        QTRY_VERIFY2(containsChinese(navigation->item(MainWindow::Data)->text()),
                     qPrintable(navigation->item(MainWindow::Data)->text()));
        QVERIFY(containsChinese(window.windowTitle()));
        QVERIFY(containsChinese(window.statusText()));
        // Messages from models/ too, also where lupdate filed them under the namespace.
        QVERIFY(containsChinese(QCoreApplication::translate("mianshen::catalog::FeedCatalog", "Feed %1: a column has no name.")));
        QVERIFY(containsChinese(QCoreApplication::translate("mianshen::store::Database", "No database file given.")));
        m_languages->apply(QStringLiteral("en"));
        QTRY_COMPARE(navigation->item(MainWindow::Data)->text(), QStringLiteral("Data"));
        ui::Settings::instance().setLanguage(QStringLiteral("en"));
    }

    // Not a check: with MIANSHEN_SCREENSHOT_DIR and MIANSHEN_SCREENSHOT_DB set,
    // saves every page of the window on that database as PNG, in English and
    // Chinese, for a person to look at the layout.
    void screenshots_forVisualCheck()
    {
        const QString dir = qEnvironmentVariable("MIANSHEN_SCREENSHOT_DIR");
        const QString database = qEnvironmentVariable("MIANSHEN_SCREENSHOT_DB");
        if (dir.isEmpty() || database.isEmpty())
            QSKIP("MIANSHEN_SCREENSHOT_DIR and MIANSHEN_SCREENSHOT_DB not set: no screenshots wanted");
        MainWindow window(*m_languages);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(store::ConnectionSpec::parse(database).value(), false));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            m_languages->apply(language);
            for (int i = 0; i < MainWindow::PageCount; ++i) {
                window.showPage(MainWindow::PageIndex(i));
                if (i == MainWindow::Data) {
                    QTRY_VERIFY(!window.dataPage()->isReadingSummary());
                    window.dataPage()->browseFeed(QStringLiteral("bank_accounts"));
                }
                if (i == MainWindow::Policies)
                    static_cast<ui::PoliciesPage *>(window.page(MainWindow::Policies))->select(4);
                if (i == MainWindow::Matching) {
                    auto *matchingPage = static_cast<ui::MatchingPage *>(window.page(MainWindow::Matching));
                    matchingPage->showRun(1);
                    QTest::qWait(600);
                    QVERIFY(window.grab().save(QStringLiteral("%1/%2_%3_summary.png").arg(dir, language).arg(i)));
                    QTRY_VERIFY(matchingPage->decisionsBrowser()->model()->rowCount() > 0);
                    matchingPage->showExplanation(0);
                }
                QTest::qWait(600);
                QVERIFY(window.grab().save(QStringLiteral("%1/%2_%3.png").arg(dir, language).arg(i)));
            }
        }
        m_languages->apply(QStringLiteral("en"));
    }

    void closing_remembersGeometry()
    {
        ui::Settings::instance().setValue(ui::Settings::Key::WindowGeometry, QByteArray());
        {
            MainWindow window(*m_languages);
            window.resize(900, 600);
            window.show();
            window.close();
        }
        QVERIFY(!ui::Settings::instance().value(ui::Settings::Key::WindowGeometry).toByteArray().isEmpty());
        MainWindow again(*m_languages);
        QCOMPARE(again.size(), QSize(900, 600));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
