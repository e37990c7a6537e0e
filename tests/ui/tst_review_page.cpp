// The Review page driven as a reviewer would, offscreen, on a real database
// (a SQLite file; the PostgreSQL test server when MIANSHEN_TEST_PG is set):
// filter the queue by a flag with the keyboard, open a case with the mouse,
// read it (explanation, records with their delivery date, precedents;
// personal data masked until revealed, the reveal on the audit log), reject
// it with a reason from the keyboard, approve the next one, see the counts
// change, undo the approval.

#include "itemmodels/DashboardFigures.h"
#include "review/CaseFixture.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "support/PostgresTestDatabase.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MessageBox.h"
#include "ui/Settings.h"
#include "ui/pages/ReviewPage.h"
#include "ui/review/CaseActionPanel.h"
#include "ui/review/CaseView.h"
#include "ui/review/ReviewFilterBar.h"
#include "ui/review/ReviewQueueModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mianshen;

using namespace mianshen::testing::review_fixture;

namespace {

QStringList treeTexts(const QTreeWidget *tree)
{
    QStringList texts;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it) {
        QStringList cells;
        for (int c = 0; c < (*it)->columnCount(); ++c)
            cells << (*it)->text(c);
        texts << cells.join(u'|');
    }
    return texts;
}

} // namespace

class TestReviewPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ui::LanguageSwitcher *m_languages = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MianshenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("mianshen-review-page-test"));
        QVERIFY(m_dir.isValid());
        ui::MessageBox::setTestMode(true);
        ui::Settings::instance().setValue(ui::Settings::Key::ReviewFilters, QVariantMap());
        ui::Settings::instance().setValue(ui::Settings::Key::ReviewQueueHeader, QByteArray());
        ui::Settings::instance().setLanguage(QStringLiteral("en"));
        m_languages = new ui::LanguageSwitcher(this);
        m_languages->apply(QStringLiteral("en"));
    }

    void reviewer_filtersOpensRejectsApprovesAndUndoes_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void reviewer_filtersOpensRejectsApprovesAndUndoes()
    {
        QFETCH(bool, postgres);
        testing::PostgresTestDatabase pg;
        store::ConnectionSpec spec = store::ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("review.sqlite")));
        if (postgres) {
            MIANSHEN_REQUIRE_POSTGRES(pg);
            spec = pg.spec();
        }
        auto opened = store::Database::open(spec);
        QVERIFY2(opened, qPrintable(opened.error()));
        store::Database &db = *opened.value();
        const auto migrated = store::Migrator(db).migrate();
        QVERIFY2(migrated, qPrintable(migrated.error()));
        QString error;
        QVERIFY2(fillQueue(db, &error), qPrintable(error));
        // A colleague holds person 4's case since ten minutes.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(exec(db, QStringLiteral("UPDATE awards SET claimed_by = 'bob', claimed_at = ?, lease_until = ? WHERE subject_id = ?"),
                     {now.addSecs(-600).toString(Qt::ISODateWithMs), now.addSecs(300).toString(Qt::ISODateWithMs), personId(4)}));
        ui::Settings::instance().setValue(ui::Settings::Key::ReviewFilters, QVariantMap());

        ui::ReviewPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.setDatabase(&db);
        QTRY_VERIFY(!page.isShowingEmptyState());
        QTRY_VERIFY2(page.countsText().startsWith(QStringLiteral("4 case")), qPrintable(page.countsText()));
        // Counts per flag (by label) and per policy.
        QTRY_VERIFY2(page.countsText().contains(QStringLiteral("No verified bank account 3")), qPrintable(page.countsText()));
        QVERIFY2(page.countsText().contains(QStringLiteral("Monthly amount of 5000 yuan or more 2")), qPrintable(page.countsText()));
        QVERIFY2(page.countsText().contains(QStringLiteral("TALENT-LIVING 4")), qPrintable(page.countsText()));

        // Filter: the flag "no bank account", chosen with the keyboard.
        QComboBox *flag = page.filterBar()->flagBox();
        QTRY_VERIFY(flag->findData(QStringLiteral("no_bank_account")) > 0);
        flag->setFocus();
        for (int i = 0; i < flag->count() && flag->currentData().toString() != u"no_bank_account"; ++i)
            QTest::keyClick(flag, Qt::Key_Down);
        QCOMPARE(flag->currentData().toString(), QStringLiteral("no_bank_account"));
        QTRY_VERIFY2(page.countsText().startsWith(QStringLiteral("3 case")), qPrintable(page.countsText()));
        QTRY_COMPARE(page.queueModel()->rowCount(), 3);
        // Who holds each case and for how long; waiting past the deadline is marked.
        const int bobsRow = 2;   // person 4 waited least
        const QString held = page.queueModel()->index(bobsRow, int(review::QueueColumn::ClaimedBy)).data().toString();
        QVERIFY2(held.startsWith(QStringLiteral("bob for 10 min")) || held.startsWith(QStringLiteral("bob for 9 min")), qPrintable(held));
        const QModelIndex waited = page.queueModel()->index(0, int(review::QueueColumn::WaitingSince));
        QVERIFY2(waited.data().toString().contains(QStringLiteral("overdue")), qPrintable(waited.data().toString()));
        QVERIFY(waited.data(ui::ReviewQueueModel::OverdueRole).toBool());
        // The filter is remembered.
        QCOMPARE(ui::Settings::instance().value(ui::Settings::Key::ReviewFilters).toMap().value(QStringLiteral("flag")).toString(),
                 QStringLiteral("no_bank_account"));

        // Open the first case with the mouse (oldest waiting first: person 2).
        QTableView *view = page.queueView();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(page.queueModel()->index(0, 1)).center());
        const qint64 first = page.queueModel()->award(0)->id;
        QTRY_COMPARE(page.openAwardId(), first);
        ui::CaseView *caseView = page.caseView();
        QVERIFY2(caseView->headerText().contains(QStringLiteral("No verified bank account")), qPrintable(caseView->headerText()));
        QVERIFY2(!caseView->headerText().contains(personId(2)), "the id number is masked");
        QVERIFY2(caseView->headerText().contains(QStringLiteral("441200********")), qPrintable(caseView->headerText()));
        QVERIFY2(!caseView->headerText().contains(QStringLiteral("李四")), "the name is hidden");
        QVERIFY(!caseView->explanationText().isEmpty());
        QVERIFY2(!caseView->explanationText().contains(personId(2)), "the explanation masks the subject too");
        // The records the policy read, with the delivery they came from.
        const QStringList records = treeTexts(caseView->recordsTree());
        QVERIFY2(records.join(u'\n').contains(QStringLiteral("2021-09-03")), qPrintable(records.join(u'\n')));
        // Precedents: the earlier rejection with its reason.
        const QStringList precedents = treeTexts(caseView->precedentsTree());
        QVERIFY2(precedents.join(u'\n').contains(QStringLiteral("No account could be confirmed with the bank")),
                 qPrintable(precedents.join(u'\n')));
        QVERIFY2(precedents.join(u'\n').contains(QStringLiteral("rejected 1")), qPrintable(precedents.join(u'\n')));
        // A picture for a person to look at the layout (when asked for).
        if (const QString shots = qEnvironmentVariable("MIANSHEN_SCREENSHOT_DIR"); !shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/review_page_%1.png").arg(QLatin1String(QTest::currentDataTag())));
        // The case is held by this reviewer.
        QTRY_VERIFY2(page.statusText().contains(QStringLiteral("You hold case")), qPrintable(page.statusText()));

        // Reveal: recorded first, then shown.
        const qint64 auditBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'personal_data.reveal'")).toLongLong();
        QTest::mouseClick(caseView->revealButton(), Qt::LeftButton);
        QTRY_VERIFY(caseView->isRevealed());
        QVERIFY(caseView->headerText().contains(personId(2)));
        QVERIFY(caseView->headerText().contains(QStringLiteral("李四")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'personal_data.reveal'")).toLongLong(),
                 auditBefore + 1);

        // Reject with a reason, from the keyboard: R, a reason from the list, words, Enter.
        ui::CaseActionPanel *actions = page.actionPanel();
        QTRY_VERIFY(actions->rejectAction()->isEnabled());
        QTest::keyClick(view, Qt::Key_R);
        QCOMPARE(actions->openForm(), ui::CaseActionPanel::Form::Reject);
        // Enter without a reason: refused in place, nothing saved.
        QTest::keyClick(actions->textEdit(), Qt::Key_Return);
        QVERIFY2(actions->formError().contains(QStringLiteral("choose a reason")), qPrintable(actions->formError()));
        QCOMPARE(actions->openForm(), ui::CaseActionPanel::Form::Reject);
        QTest::keyClick(actions->reasonBox(), Qt::Key_Down);
        QVERIFY(!actions->reasonBox()->currentData().toString().isEmpty());
        QTest::keyClicks(actions->textEdit(), QStringLiteral("The account on record belongs to someone else"));
        QTest::keyClick(actions->textEdit(), Qt::Key_Return);
        QCOMPARE(actions->openForm(), ui::CaseActionPanel::Form::None);
        // Saved; the counts change; the next case opens by itself.
        QTRY_VERIFY2(page.statusText().contains(QStringLiteral("rejected")), qPrintable(page.statusText()));
        QTRY_VERIFY2(page.countsText().startsWith(QStringLiteral("2 case")), qPrintable(page.countsText()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM awards WHERE id = ?"), {first}).toString(), QStringLiteral("rejected"));
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM reviews WHERE award_id = ? AND reason LIKE ?"),
                       {first, QStringLiteral("%someone else%")})
                    .toLongLong() == 1);
        QTRY_VERIFY(page.openAwardId() != 0 && page.openAwardId() != first);
        const qint64 second = page.openAwardId();
        QVERIFY2(!caseView->isRevealed(), "the next case starts masked");

        // Approve the next with A.
        QTRY_VERIFY(actions->approveAction()->isEnabled());
        QTest::keyClick(view, Qt::Key_A);
        QTRY_VERIFY2(page.countsText().startsWith(QStringLiteral("1 case")), qPrintable(page.countsText()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM awards WHERE id = ?"), {second}).toString(), QStringLiteral("approved"));
        // The decisions are on the audit log.
        QStringList audit;
        {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT action, entity, entity_id FROM audit_log ORDER BY id"));
            while (q.next())
                audit << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
        }
        QVERIFY2(audit.contains(QStringLiteral("review.approve award %1").arg(second)), qPrintable(audit.join(u'\n')));
        QVERIFY2(audit.contains(QStringLiteral("review.reject award %1").arg(first)), qPrintable(audit.join(u'\n')));
        // Undo my last decision (Ctrl+Z): the case is open again.
        QTRY_VERIFY(actions->undoAction()->isEnabled() && !page.isBusy());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY2(page.countsText().startsWith(QStringLiteral("2 case")), qPrintable(page.countsText()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM awards WHERE id = ?"), {second}).toString(),
                 QStringLiteral("awaiting_review"));

        // Every flag again: counts of the whole queue.
        flag->setFocus();
        QTest::keyClick(flag, Qt::Key_Home);
        QTRY_VERIFY2(page.countsText().startsWith(QStringLiteral("3 case")), qPrintable(page.countsText()));
        QTRY_VERIFY(!page.isBusy());
        page.setDatabase(nullptr);

        // The Dashboard counts the overdue cases (all three open ones waited since 2021).
        const auto figures = itemmodels::DashboardFigures::read(db);
        QVERIFY2(figures, qPrintable(figures.error()));
        const auto overdue = std::find_if(figures->begin(), figures->end(),
                                          [](const auto &f) { return f.id == u"overdue_reviews"; });
        QVERIFY(overdue != figures->end());
        QCOMPARE(overdue->count.value_or(-1), qint64(3));
    }

    void emptyDatabase_saysHowCasesArrive()
    {
        auto opened = store::Database::open(store::ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("empty.sqlite"))));
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY(store::Migrator(*opened.value()).migrate());
        ui::Settings::instance().setValue(ui::Settings::Key::ReviewFilters, QVariantMap());
        ui::ReviewPage page;
        page.show();
        page.setDatabase(opened.value().get());
        QTRY_VERIFY(page.isShowingEmptyState());
        page.setDatabase(nullptr);
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_review_page.moc"
