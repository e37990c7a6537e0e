// The Audit page as a person uses it (offscreen): the log newest first, a
// filter typed and applied, sorting by a header click, and "Verify the
// chain" naming the row changed behind the program's back.

#include "AuditTestDatabase.h"

#include "itemmodels/AuditLogModel.h"
#include "ui/pages/AuditPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace mianshen;
using itemmodels::AuditLogModel;

class TestAuditPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterSortAndVerify();
};

void TestAuditPage::filterSortAndVerify()
{
    testing::AuditTestDatabase fixture;
    QVERIFY2(fixture.open(false), qPrintable(fixture.error));
    store::Database &db = *fixture.db;
    QCOMPARE(testing::appendRows(db, 9, QStringLiteral("review.approve")), QString());
    QCOMPARE(testing::appendRows(db, 3, QStringLiteral("review.reject")), QString());

    ui::AuditPage page;
    page.resize(1200, 700);
    page.show();
    page.setDatabase(&db);
    AuditLogModel *model = page.model();
    QVERIFY(model);
    QTRY_COMPARE(model->rowCount(), 12);
    QCOMPARE(model->idAt(0), 12);

    auto *what = page.findChild<QComboBox *>(QStringLiteral("AuditWhat"));
    QVERIFY(what);
    what->lineEdit()->clear();
    QTest::keyClicks(what->lineEdit(), QStringLiteral("review.reject"));
    QTest::keyClick(what->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_COMPARE(model->totalRows().value_or(-1), 3);
    QCOMPARE(model->idAt(0), 12);

    // Oldest first by a click on the "No." header.
    QHeaderView *header = page.view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(AuditLogModel::Id) + 5, header->height() / 2));
    QTRY_COMPARE(model->idAt(0), 10);
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);

    QTest::mouseClick(page.verifyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying() && page.verifyResultText().contains(QStringLiteral("intact")), 10000);

    QCOMPARE(testing::tamper(db, {QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 11")}), QString());
    QTest::mouseClick(page.verifyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying() && page.verifyResultText().contains(QStringLiteral("Row 11 ")), 10000);
    // The broken row is selected.
    const auto selected = page.view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(model->idAt(selected.first().row()), 11);
    page.setDatabase(nullptr);
}

QTEST_MAIN(TestAuditPage)
#include "tst_audit_page.moc"
