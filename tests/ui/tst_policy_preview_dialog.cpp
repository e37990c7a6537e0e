// The Matching page's "What-if preview…": the dialog runs the preview on a
// worker thread and shows the published version and the file side by side
// (counts, totals in yuan), and a sortable table of the differing subjects
// with person ids masked; a file that fails its checks shows where.

#include "matching/GoldenFixture.h"
#include "matching/MatchingTestDatabase.h"

#include "ui/FileDialog.h"
#include "ui/MessageBox.h"
#include "ui/PolicyPreviewDialog.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/TableSource.h"
#include "ui/Settings.h"
#include "ui/TableBrowser.h"
#include "ui/pages/MatchingPage.h"
#include "ui/pages/PoliciesPage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace mianshen;

namespace {

QString writeEdited(const QTemporaryDir &dir, const QString &name, const QString &source, const QStringList &replacements)
{
    QString text = testing::readText(testing::policyDir() + QLatin1Char('/') + source);
    for (qsizetype i = 0; i + 1 < replacements.size(); i += 2) {
        if (!text.contains(replacements.at(i)))
            return {};
        text.replace(replacements.at(i), replacements.at(i + 1));
    }
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return f.fileName();
}

qint64 decisionRows(store::Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM decisions) + (SELECT COUNT(*) FROM matching_runs)")) && q.next()
        ? q.value(0).toLongLong()
        : -1;
}

qint64 publishedVersions(store::Database &db, const QString &code)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM published_policies WHERE policy_code = ? AND status = 'published'"));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestPolicyPreviewDialog final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    testing::MatchingTestDatabase m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MianshenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("mianshen-preview-test"));
        ui::Settings::instance().setValue(ui::Settings::Key::MaskSensitive, true);
        QVERIFY2(m_fixture.open(false), qPrintable(m_fixture.error));
        const QString imported = testing::importGolden(*m_fixture.db);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        const QString published = testing::publishTestPolicies(*m_fixture.db);
        QVERIFY2(published.isEmpty(), qPrintable(published));
    }

    void whatIfButton_opensDialog_showsBothSidesAndSortableDifferences()
    {
        ui::MatchingPage page;
        page.setDatabase(m_fixture.db.get());
        page.setPeriod(QStringLiteral("2021-09"));
        auto *button = page.findChild<QPushButton *>(QStringLiteral("WhatIfPreview"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        // Budget 150,000 yuan, 6,000 per award: 25 of the 44 qualifying patents fit.
        const QString file = writeEdited(m_dir, QStringLiteral("patent.json"), QStringLiteral("test-patent.json"),
                                         {QStringLiteral("\"yuan\": \"100000.00\""), QStringLiteral("\"yuan\": \"150000.00\""),
                                          QStringLiteral("yuan(5000)"), QStringLiteral("yuan(6000)"),
                                          QStringLiteral("\"amount\": \"5000\""), QStringLiteral("\"amount\": \"6000\"")});
        QVERIFY(!file.isEmpty());
        const qint64 before = decisionRows(*m_fixture.db);
        ui::PolicyPreviewDialog *dialog = page.openPolicyPreview(file);
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &ui::PolicyPreviewDialog::previewFinished);
        QVERIFY(dialog->startPreview());
        QVERIFY(dialog->isRunning() || !finished.isEmpty());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(decisionRows(*m_fixture.db), before);

        QTableWidget *summary = dialog->summaryTable();
        auto cell = [summary](int row, int column) { return summary->item(row, column)->text(); };
        QCOMPARE(summary->horizontalHeaderItem(0)->text(), QStringLiteral("Published version 1"));
        QCOMPARE(cell(ui::PolicyPreviewDialog::QualifyingRow, 0), QStringLiteral("44"));
        QCOMPARE(cell(ui::PolicyPreviewDialog::QualifyingRow, 1), QStringLiteral("44"));
        QCOMPARE(cell(ui::PolicyPreviewDialog::ApprovedRow, 0), QStringLiteral("16"));
        QCOMPARE(cell(ui::PolicyPreviewDialog::FlaggedRow, 0), QStringLiteral("4"));
        QCOMPARE(cell(ui::PolicyPreviewDialog::OverBudgetRow, 0), QStringLiteral("24"));
        QCOMPARE(cell(ui::PolicyPreviewDialog::OverBudgetRow, 1), QStringLiteral("19"));
        QCOMPARE(cell(ui::PolicyPreviewDialog::TotalRow, 0), ui::PolicyPreviewDialog::yuan(100000'00));
        QCOMPARE(cell(ui::PolicyPreviewDialog::TotalRow, 1), ui::PolicyPreviewDialog::yuan(150000'00));
        QCOMPARE(ui::PolicyPreviewDialog::yuan(150000'00), QStringLiteral("¥150,000.00"));

        // Every award changes amount; sorting by the paid difference orders the rows.
        QAbstractItemModel *model = dialog->differencesView()->model();
        QCOMPARE(model->rowCount(), 44);
        dialog->differencesView()->sortByColumn(ui::PolicyPreviewDialog::AmountDeltaColumn, Qt::DescendingOrder);
        QCOMPARE(model->index(0, ui::PolicyPreviewDialog::AmountDeltaColumn).data().toString(),
                 ui::PolicyPreviewDialog::yuan(6000'00));   // over budget before, paid with the file
        QCOMPARE(model->index(43, ui::PolicyPreviewDialog::AmountDeltaColumn).data().toString(),
                 ui::PolicyPreviewDialog::yuan(0));         // over budget on both sides
        // Not a check: with MIANSHEN_SCREENSHOT_DIR set, a picture for a visual check.
        if (const QString dir = qEnvironmentVariable("MIANSHEN_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/policy-preview.png"));
        dialog->close();
    }

    void personIds_areMasked()
    {
        const QString file = writeEdited(m_dir, QStringLiteral("living.json"), QStringLiteral("test-living.json"),
                                         {QStringLiteral("s.month <= period) >= 2"), QStringLiteral("s.month <= period) >= 3")});
        QVERIFY(!file.isEmpty());
        ui::PolicyPreviewDialog dialog(*m_fixture.db, QStringLiteral("2021-09"));
        dialog.setFile(file);
        QSignalSpy finished(&dialog, &ui::PolicyPreviewDialog::previewFinished);
        QVERIFY(dialog.startPreview());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QAbstractItemModel *model = dialog.differencesView()->model();
        QVERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString shown = model->index(r, ui::PolicyPreviewDialog::SubjectColumn).data().toString();
            QVERIFY2(shown.contains(QStringLiteral("********")), qPrintable(shown));
            QCOMPARE(model->index(r, ui::PolicyPreviewDialog::ChangeColumn).data().toString(),
                     QStringLiteral("no longer qualifying"));
        }
    }

    void fileWithErrors_showsWhereAndNoResult()
    {
        const QString file = writeEdited(m_dir, QStringLiteral("bad.json"), QStringLiteral("test-patent.json"),
                                         {QStringLiteral("enterprise.status == 'active'"), QStringLiteral("enterprise.status == 1")});
        QVERIFY(!file.isEmpty());
        ui::PolicyPreviewDialog dialog(*m_fixture.db, QStringLiteral("2021-09"));
        dialog.setFile(file);
        QSignalSpy finished(&dialog, &ui::PolicyPreviewDialog::previewFinished);
        QVERIFY(dialog.startPreview());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("bad.json:14:")), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.differencesView()->model()->rowCount(), 0);
    }

    void badPeriod_isRefusedBeforeStarting()
    {
        ui::PolicyPreviewDialog dialog(*m_fixture.db, QStringLiteral("2021-9"));
        dialog.setFile(testing::policyDir() + QStringLiteral("/test-living.json"));
        QVERIFY(!dialog.startPreview());
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("YYYY-MM")));
    }

    // The what-if preview driven through the real widgets: the page's button
    // opens the dialog; Browse… is answered by the file dialog seam
    // (cancelled first: nothing chosen, and Preview says so); the period is
    // typed; Preview is clicked; Escape closes the dialog.
    void whatIf_byClicks_browseTypePreviewAndClose()
    {
        ui::FileDialog::setTestMode(true);
        ui::MatchingPage page;
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setDatabase(m_fixture.db.get());
        QTest::mouseClick(child<QPushButton>(&page, "WhatIfPreview"), Qt::LeftButton);
        QPointer<ui::PolicyPreviewDialog> dialog = page.findChild<ui::PolicyPreviewDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *file = child<QLineEdit>(dialog, "previewFile");
        auto *browse = child<QPushButton>(dialog, "previewBrowse");
        auto *period = child<QLineEdit>(dialog, "previewPeriod");
        auto *start = child<QPushButton>(dialog, "previewStart");
        QVERIFY(file && browse && period && start);

        ui::FileDialog::clearShownCaptions();
        ui::FileDialog::setNextAnswer({});
        QTest::mouseClick(browse, Qt::LeftButton);
        QCOMPARE(ui::FileDialog::shownCaptions().size(), 1);
        QVERIFY(file->text().isEmpty());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(!dialog->isRunning());
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("Choose the policy file")),
                 qPrintable(dialog->statusLabel()->text()));

        const QString living = testing::policyDir() + QStringLiteral("/test-living.json");
        ui::FileDialog::setNextAnswer({living});
        QTest::mouseClick(browse, Qt::LeftButton);
        QCOMPARE(QDir::fromNativeSeparators(file->text()), living);
        period->setFocus();
        period->selectAll();
        QTest::keyClicks(period, QStringLiteral("2021-09"));
        QCOMPARE(period->text(), QStringLiteral("2021-09"));

        QSignalSpy finished(dialog.data(), &ui::PolicyPreviewDialog::previewFinished);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!dialog->summaryTable()->item(ui::PolicyPreviewDialog::QualifyingRow, 1)->text().isEmpty());
        QTest::keyClick(dialog.data(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog); // closed and deleted
        ui::FileDialog::setTestMode(false);
    }

    // The cancel paths: Cancel clicked while the preview runs ends it and
    // gives the buttons back; Escape while it runs closes the dialog once the
    // worker has stopped. Nothing is written.
    void whatIf_cancelAndEscapeWhileRunning()
    {
        const qint64 before = decisionRows(*m_fixture.db);
        ui::PolicyPreviewDialog dialog(*m_fixture.db, QStringLiteral("2021-09"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFile(testing::policyDir() + QStringLiteral("/test-living.json"));
        auto *start = child<QPushButton>(&dialog, "previewStart");
        auto *cancel = child<QPushButton>(&dialog, "previewCancel");
        QVERIFY(start && cancel);
        QVERIFY(!cancel->isEnabled());
        QSignalSpy finished(&dialog, &ui::PolicyPreviewDialog::previewFinished);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(cancel->isEnabled());
        QVERIFY(!start->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!dialog.isRunning());
        QVERIFY(start->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(dialog.statusLabel()->text() != QStringLiteral("Cancelling…"));

        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 60000);
        QVERIFY(!dialog.isRunning());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(decisionRows(*m_fixture.db), before);
    }

    // The Matching page proposes the latest month with a policy in effect
    // and data (the golden data ends in 2021-11), reads its run history
    // newest first, and hides the technical columns until the header's
    // menu shows them.
    void matchingPage_proposesMonth_newestFirst_technicalColumnsHidden()
    {
        ui::MatchingPage page;
        page.setDatabase(m_fixture.db.get());
        QTRY_VERIFY(!page.isReadingPolicies());
        QCOMPARE(page.period(), QStringLiteral("2021-11"));
        auto *runs = page.runsBrowser()->model();
        QVERIFY(runs);
        QCOMPARE(runs->sortColumn(), runs->source().columnIndex(QStringLiteral("id")));
        QCOMPARE(runs->sortOrder(), Qt::DescendingOrder);
        QTableView *view = page.runsBrowser()->view();
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        const int duration = runs->source().columnIndex(QStringLiteral("duration_ms"));
        const int fingerprint = runs->source().columnIndex(QStringLiteral("fingerprint"));
        QVERIFY(duration >= 0 && fingerprint >= 0);
        QVERIFY(view->isColumnHidden(duration));
        QVERIFY(view->isColumnHidden(fingerprint));
        QVERIFY(!view->isColumnHidden(runs->source().columnIndex(QStringLiteral("period"))));
        std::unique_ptr<QMenu> menu(page.runsBrowser()->createColumnMenu(&page));
        QVERIFY(menu);
        QAction *durationAction = menu->actions().value(duration);
        QVERIFY(durationAction && durationAction->isCheckable() && !durationAction->isChecked());
        durationAction->trigger();
        QVERIFY(!view->isColumnHidden(duration));
        // A month the person picks is kept when the policies are read again.
        page.setPeriod(QStringLiteral("2021-07"));
        page.refresh();
        QTRY_VERIFY(!page.isReadingPolicies());
        QCOMPARE(page.period(), QStringLiteral("2021-07"));
    }

    // Publishing driven through the real widgets on the Policies page:
    // Load… (the file dialog seam; cancelled first: nothing loaded), the row
    // clicked, Publish clicked and declined (nothing published), then
    // accepted; the selection stays on the version published.
    void publish_byClicks_loadDeclineThenPublish()
    {
        ui::FileDialog::setTestMode(true);
        ui::MessageBox::setTestMode(true);
        ui::PoliciesPage page;
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setDatabase(m_fixture.db.get());
        QTRY_VERIFY(!page.isReading());
        const QString file = writeEdited(m_dir, QStringLiteral("click.json"), QStringLiteral("test-living.json"),
                                         {QStringLiteral("\"code\": \"TEST-LIVING\""), QStringLiteral("\"code\": \"TEST-CLICK\"")});
        QVERIFY(!file.isEmpty());
        auto *load = child<QPushButton>(&page, "loadPolicies");
        auto *publish = child<QPushButton>(&page, "publishPolicy");
        auto *view = child<QTableView>(&page, "policyList");
        QVERIFY(load && publish && view);
        const int rows = page.model()->rowCount();

        ui::FileDialog::setNextAnswer({});
        QTest::mouseClick(load, Qt::LeftButton);
        QCOMPARE(page.model()->rowCount(), rows);
        ui::FileDialog::setNextAnswer({file});
        QTest::mouseClick(load, Qt::LeftButton);
        QCOMPARE(page.model()->rowCount(), rows + 1);
        // The loaded file is selected; another row, then the loaded one again, by mouse.
        QVERIFY(page.selectedEntry() && page.selectedEntry()->code == QStringLiteral("TEST-CLICK"));
        const QPersistentModelIndex loaded = view->currentIndex();
        QVERIFY(loaded.isValid());
        const QPersistentModelIndex other = view->model()->index(loaded.row() == 0 ? 1 : 0, 0);
        view->scrollTo(other);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(other).center());
        QVERIFY(page.selectedEntry() && page.selectedEntry()->code != QStringLiteral("TEST-CLICK"));
        view->scrollTo(loaded);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(loaded).center());
        QCOMPARE(page.selectedEntry()->code, QStringLiteral("TEST-CLICK"));
        QVERIFY(publish->isEnabled());

        ui::MessageBox::clearShownTexts();
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(publish, Qt::LeftButton);
        QCOMPARE(ui::MessageBox::shownTexts().size(), 1);
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(publishedVersions(*m_fixture.db, QStringLiteral("TEST-CLICK")), 0);

        ui::MessageBox::clearShownTexts();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(publish, Qt::LeftButton);
        QCOMPARE(ui::MessageBox::shownTexts().size(), 1);
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(publishedVersions(*m_fixture.db, QStringLiteral("TEST-CLICK")), 1);
        QVERIFY(page.selectedEntry());
        QCOMPARE(page.selectedEntry()->code, QStringLiteral("TEST-CLICK"));
        QCOMPARE(page.selectedEntry()->publishedStatus, QStringLiteral("published"));
        ui::FileDialog::setTestMode(false);
    }
};

QTEST_MAIN(TestPolicyPreviewDialog)
#include "tst_policy_preview_dialog.moc"
