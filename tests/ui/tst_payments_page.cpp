// The Payments page driven by clicks, offscreen, on a real SQLite file with
// approved awards: a budget warning in words; New Batch cancelled at its
// confirmation changes nothing; the batch is created, refused to its own
// creator (the error in place), approved by another person, exported to a
// file, marked sent; the bank's return file is applied and the states follow
// on screen; a batch's payments are filtered and exported as CSV; every step
// left its audit row.

#include "ledger/LedgerFixture.h"
#include "itemmodels/PagedTableModel.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MessageBox.h"
#include "ui/Settings.h"
#include "ui/TableBrowser.h"
#include "ui/pages/PaymentsPage.h"
#include "ui/payments/BudgetPanel.h"
#include "ui/payments/PaymentJobStrip.h"
#include "ui/payments/RecoveryPanel.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>

using namespace mianshen;
using testing::personId;

namespace {

QToolButton *buttonOf(ui::PaymentsPage &page, ui::PaymentsPage::Action action)
{
    for (QToolButton *b : page.findChildren<QToolButton *>()) {
        if (b->defaultAction() == page.action(action))
            return b;
    }
    return nullptr;
}

void click(ui::PaymentsPage &page, ui::PaymentsPage::Action action)
{
    QToolButton *button = buttonOf(page, action);
    QVERIFY(button);
    QTRY_VERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestPaymentsPage final : public QObject
{
    Q_OBJECT

private:
    ui::LanguageSwitcher *m_languages = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MianshenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("mianshen-payments-page-test"));
        ui::MessageBox::setTestMode(true);
        ui::Settings::instance().setLanguage(QStringLiteral("en"));
        m_languages = new ui::LanguageSwitcher(this);
        m_languages->apply(QStringLiteral("en"));
    }

    void month_paidByClicks_createApproveExportSendReturns()
    {
        testing::LedgerFixture f;
        QVERIFY2(f.open(false), qPrintable(f.error));
        f.addPolicy(QStringLiteral("P1"), true, QStringLiteral("100.00"));
        const QString a = personId(1), b = personId(2), c = personId(3);
        f.setAccount(a, QStringLiteral("6222000000000001"));
        f.setAccount(b, QStringLiteral("6222000000000002"));
        f.setAccount(c, QStringLiteral("6222000000000003"));
        f.addAward(QStringLiteral("P1"), a, QStringLiteral("2026-11"), 1000);
        f.addAward(QStringLiteral("P1"), b, QStringLiteral("2026-11"), 2000);
        f.addAward(QStringLiteral("P1"), c, QStringLiteral("2026-11"), 4000);
        qputenv("USER", "clerk");

        ui::PaymentsPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        page.setDatabase(f.db.get());
        // No batch yet: said so, and the actions stay to create the first.
        QTRY_VERIFY(page.isShowingEmptyState());
        // ¥70 of ¥100 committed: the 70% warning, in words.
        QTRY_VERIFY2(!page.budgetPanel()->warnings().isEmpty(), "no budget warning");
        QCOMPARE(page.budgetPanel()->warnings().first(), QStringLiteral("P1: Warning: 70% of the budget is used"));
        page.monthEdit()->setDate(QDate(2026, 11, 1));
        QCOMPARE(page.month(), QStringLiteral("2026-11"));

        // Cancel path: the key opens the confirmation; Cancel (the default) changes nothing.
        ui::MessageBox::clearShownTexts();
        QTRY_VERIFY(page.action(ui::PaymentsPage::Action::CreateBatch)->isEnabled());
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(ui::MessageBox::shownTexts().size(), 1);
        QVERIFY2(ui::MessageBox::shownTexts().first().contains(QStringLiteral("2026-11")),
                 qPrintable(ui::MessageBox::shownTexts().first()));
        QTest::qWait(200);
        QVERIFY(!page.isBusy());
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM payment_batches")), qint64(0));

        // Create.
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        click(page, ui::PaymentsPage::Action::CreateBatch);
        QTRY_VERIFY2(page.jobStrip()->text().contains(QStringLiteral("created")), qPrintable(page.jobStrip()->text()));
        // (The English plural forms come with the merged translations: "payment(s)" until then.)
        QVERIFY2(page.jobStrip()->text().startsWith(QStringLiteral("Batch 1 for 2026-11 created: 3 payment"))
                     && page.jobStrip()->text().contains(QStringLiteral(", ¥70.00 in total")),
                 qPrintable(page.jobStrip()->text()));
        QTRY_COMPARE(page.selectedBatchId(), qint64(1));
        QTRY_COMPARE(page.selectedBatchStatus(), QStringLiteral("created"));
        QTRY_VERIFY(!page.isShowingEmptyState());
        QTRY_COMPARE(page.paymentBrowser()->model()->totalRows().value_or(-1), qint64(3));

        // Its creator may not approve it: the error in place, nothing changed.
        ui::MessageBox::clearShownTexts();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        click(page, ui::PaymentsPage::Action::Approve);
        QTRY_VERIFY(page.jobStrip()->isError());
        QVERIFY2(page.jobStrip()->text().contains(QStringLiteral("cannot approve")), qPrintable(page.jobStrip()->text()));
        QVERIFY2(ui::MessageBox::shownTexts().value(0).contains(QStringLiteral("batch 1 for 2026-11 (3 payment"))
                     && ui::MessageBox::shownTexts().value(0).contains(QStringLiteral(", ¥70.00 in total)")),
                 qPrintable(ui::MessageBox::shownTexts().value(0)));
        QTRY_VERIFY(!page.isBusy());

        // Another person approves.
        qputenv("USER", "bob");
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        click(page, ui::PaymentsPage::Action::Approve);
        QTRY_COMPARE(page.selectedBatchStatus(), QStringLiteral("approved"));
        QVERIFY(!page.jobStrip()->isError());

        // Export to a file.
        const QString bankFile = f.dir.filePath(QStringLiteral("batch1.csv"));
        page.setFileChooser([&](ui::PaymentsPage::FileQuestion q, const QString &) {
            return q == ui::PaymentsPage::FileQuestion::ExportBatch ? bankFile : f.dir.filePath(QStringLiteral("returns.csv"));
        });
        qputenv("USER", "clerk");
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        click(page, ui::PaymentsPage::Action::Export);
        QTRY_COMPARE(page.selectedBatchStatus(), QStringLiteral("exported"));
        QFile exported(bankFile);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().startsWith("\xEF\xBB\xBF"));

        // Sent.
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        click(page, ui::PaymentsPage::Action::MarkSent);
        QTRY_COMPARE(page.selectedBatchStatus(), QStringLiteral("sent"));

        // The bank's return file: two paid, one failed.
        const qint64 p1 = f.count(QStringLiteral("SELECT id FROM payments WHERE subject_id = ?"), {a});
        const qint64 p2 = f.count(QStringLiteral("SELECT id FROM payments WHERE subject_id = ?"), {b});
        const qint64 p3 = f.count(QStringLiteral("SELECT id FROM payments WHERE subject_id = ?"), {c});
        QFile returns(f.dir.filePath(QStringLiteral("returns.csv")));
        QVERIFY(returns.open(QIODevice::WriteOnly));
        returns.write(QStringLiteral("reference,amount,result,reason\n%1,10.00,paid,\n%2,20.00,paid,\n%3,40.00,failed,户名不符\n")
                          .arg(p1).arg(p2).arg(p3).toUtf8());
        returns.close();
        ui::MessageBox::clearShownTexts();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        click(page, ui::PaymentsPage::Action::ImportReturns);
        QTRY_COMPARE(page.selectedBatchStatus(), QStringLiteral("reconciled"));
        // The confirmation said what the checked file would do.
        QVERIFY2(ui::MessageBox::shownTexts().join(u'|').contains(
                     QStringLiteral("2 payments become paid (¥30.00) and 1 fail (¥40.00)")),
                 qPrintable(ui::MessageBox::shownTexts().join(u'|')));
        QVERIFY2(page.jobStrip()->text().contains(QStringLiteral("2 paid (¥30.00), 1 failed (¥40.00)")),
                 qPrintable(page.jobStrip()->text()));

        // The batch's payments: filtered by status in SQL, exported as CSV with a BOM.
        auto *payments = page.paymentBrowser()->model();
        QVERIFY(page.paymentBrowser()->applyFilter(payments->source().columnIndex(QStringLiteral("status")), QStringLiteral("=failed")));
        QTRY_COMPARE(payments->totalRows().value_or(-1), qint64(1));
        const QString csv = f.dir.filePath(QStringLiteral("payments.csv"));
        QSignalSpy done(page.paymentBrowser(), &ui::TableBrowser::exported);
        QVERIFY(page.paymentBrowser()->exportTo(csv));
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(done.first().first().toBool());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csvFile.readAll();
        QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(csvBytes.contains("户名不符") && !csvBytes.contains("10.00"), csvBytes.constData());

        // The budget now counts ¥30 paid; the failed ¥40 stays committed (it
        // awaits a corrected account), so the warning stays. Every step is on
        // the audit log.
        QTRY_COMPARE(page.budgetPanel()->tree()->topLevelItem(0)->text(2), QStringLiteral("¥30.00"));
        QCOMPARE(page.budgetPanel()->tree()->topLevelItem(0)->text(3), QStringLiteral("¥40.00"));
        QCOMPARE(page.budgetPanel()->warnings().size(), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'payment.%'")), qint64(5));

        // A recovery order for a paid payment (as RecoveryService::propose
        // writes it): confirmed, then a write-off cancelled at its note, then
        // written off with a note.
        QVERIFY2(f.exec(QStringLiteral("INSERT INTO recoveries (payment_id, policy_code, subject_id, period, amount_fen, reason, "
                                       "evidence, created_by, created_at) VALUES (?, 'P1', ?, '2026-11', 1000, 'death', "
                                       "'death_records 2026-10-02', 'clerk', '2026-12-01T00:00:00Z')"), {p1, a}),
                 qPrintable(f.error));
        page.refresh();
        auto *recoveries = page.recoveryPanel();
        QTRY_COMPARE(recoveries->tree()->topLevelItemCount(), 1);
        QVERIFY(recoveries->selectRecovery(1));
        QVERIFY(recoveries->confirmButton()->isEnabled() && !recoveries->writeOffButton()->isEnabled());
        ui::MessageBox::clearShownTexts();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(recoveries->confirmButton(), Qt::LeftButton);
        QVERIFY2(ui::MessageBox::shownTexts().value(0).contains(QStringLiteral("¥10.00")), qPrintable(ui::MessageBox::shownTexts().value(0)));
        QTRY_COMPARE(f.scalar(QStringLiteral("SELECT status FROM recoveries")).toString(), QStringLiteral("confirmed"));
        QTRY_VERIFY(recoveries->selectRecovery(1) && recoveries->writeOffButton()->isEnabled());
        page.setNoteAsker([](const QString &, const QString &) { return std::optional<QString>(); });
        QTest::mouseClick(recoveries->writeOffButton(), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(f.scalar(QStringLiteral("SELECT status FROM recoveries")).toString(), QStringLiteral("confirmed"));
        page.setNoteAsker([](const QString &, const QString &) { return std::optional<QString>(QStringLiteral("deceased, no estate")); });
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(recoveries->writeOffButton(), Qt::LeftButton);
        QTRY_COMPARE(f.scalar(QStringLiteral("SELECT status FROM recoveries")).toString(), QStringLiteral("written_off"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT note FROM recoveries")).toString(), QStringLiteral("deceased, no estate"));
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'recovery'")), qint64(2));
        page.setDatabase(nullptr);
    }
};

QTEST_MAIN(TestPaymentsPage)
#include "tst_payments_page.moc"
