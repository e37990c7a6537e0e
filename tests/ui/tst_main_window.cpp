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
#include "ui/pages/TablePage.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mianshen;
using ui::MainWindow;

namespace {

QByteArray personId(int serial)
{
    const QByteArray body = "44120019850101" + QByteArray::number(serial).rightJustified(3, '0');
    const auto check = domain::identity::idNumberCheckCharacter(std::string_view(body.constData(), 17));
    return body + QByteArray(1, check.value_or('?'));
}

bool containsChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
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
        auto *review = static_cast<ui::TablePage *>(window.page(MainWindow::Review));
        QTRY_VERIFY(review->isShowingEmptyState());
        QCOMPARE(review->emptyState()->heading(), QStringLiteral("No cases are waiting for review."));
        QVERIFY(review->emptyState()->explanation().contains(QStringLiteral("matching run")));
        for (auto index : {MainWindow::Payments}) {
            auto *page = static_cast<ui::TablePage *>(window.page(index));
            QTRY_VERIFY2(page->isShowingEmptyState(), qPrintable(page->title()));
        }
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
        QCOMPARE(data->importFilesWithoutPreview({csv}), 1);
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
        QCOMPARE(data->importFilesWithoutPreview({csv}), 0);
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
        QCOMPARE(data->importFilesWithoutPreview({csv}, true), 1);
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
        const int shipped = page->model()->rowCount();
        QVERIFY(shipped >= 6);
        page->select(0);
        const auto *entry = page->model()->entry(0);
        QVERIFY(entry && entry->policy);
        QVERIFY2(page->readableHtml().contains(entry->policy->title.en), qPrintable(page->readableHtml().left(300)));
        QVERIFY(page->readableHtml().contains(QStringLiteral("Conditions")));

        // Publish it: a published version appears; withdraw it again.
        ui::MessageBox::clearShownTexts();
        QVERIFY(page->publishSelected());
        QCOMPARE(page->model()->rowCount(), shipped + 1);
        const int publishedRow = shipped;
        QCOMPARE(page->model()->entry(publishedRow)->publishedStatus, QStringLiteral("published"));
        page->select(publishedRow);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(page->withdrawSelected());
        QCOMPARE(page->model()->entry(publishedRow)->publishedStatus, QStringLiteral("withdrawn"));
    }

    void policiesPage_brokenFile_findingShownAtItsLine()
    {
        MainWindow window(*m_languages);
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
        QCOMPARE(window.dataPage()->importFilesWithoutPreview(files), int(files.size()));
        auto *policies = static_cast<ui::PoliciesPage *>(window.page(MainWindow::Policies));
        const int shipped = policies->model()->rowCount();
        for (int row = 0; row < shipped; ++row) {
            policies->select(row);
            QVERIFY(policies->publishSelected());
        }
        auto *page = static_cast<ui::MatchingPage *>(window.page(MainWindow::Matching));
        window.showPage(MainWindow::Matching);
        QCOMPARE(page->policyList()->count(), shipped);
        page->setPeriod(QStringLiteral("2021-09"));
        ui::MessageBox::clearShownTexts();
        QVERIFY2(page->runMatching(), qPrintable(ui::MessageBox::shownTexts().join(u'\n')));
        QTRY_COMPARE(page->runsBrowser()->model()->rowCount(), 1);
        QTRY_VERIFY(page->summaryBrowser()->model() && page->summaryBrowser()->model()->rowCount() == shipped);
        auto *decisions = page->decisionsBrowser()->model();
        QVERIFY(decisions);
        QTRY_VERIFY2(decisions->rowCount() > 0, "the demo district gives awards in 2021-09");
        page->showExplanation(0);
        QVERIFY(!page->explanationText().isEmpty());
        QVERIFY(page->explanationText() != QStringLiteral("Click a decision to read how it was reached."));
        // Nothing changed: no second run.
        QVERIFY(page->runMatching());
        QTRY_COMPARE(page->runsBrowser()->model()->rowCount(), 1);
        // The review page now lists the flagged decisions, if any, from real data.
        auto *review = static_cast<ui::TablePage *>(window.page(MainWindow::Review));
        QTRY_VERIFY(review->browser()->model() && review->browser()->model()->totalRows().has_value());
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
