// The import dialog's Changes column: a dry run of each chosen file on a
// worker thread says how many rows it would add, change and delete against
// the current table (nothing is kept), and when the quality gate would hold it.

#include "feeds/FeedsTestData.h"
#include "feeds/Importer.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "ui/ImportPreviewDialog.h"

#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mianshen;
using namespace mianshen::testing;

class TestImportPreviewDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changes_countedAgainstTheTable_nothingKept()
    {
        QTemporaryDir dir;
        const auto spec = store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("preview.sqlite")));
        auto db = store::Database::open(spec);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY(store::Migrator(*db.value()).migrate().ok());
        feeds::Importer importer(*db.value());
        QVERIFY(importer.import(writeFile(dir.path(), QStringLiteral("persons_1.csv"),
                                          personsHeader() + personRow(1) + personRow(2) + personRow(3)))
                    .imported());
        // 1 as it was, 2 renamed, 3 gone, 4 new.
        const QString next = writeFile(dir.path(), QStringLiteral("persons_2.csv"),
                                       personsHeader() + personRow(1) + QByteArray(personRow(2)).replace("人员2", "改名2")
                                           + personRow(4));
        ImportPreviewDialogUnderTest dialog({next});
        dialog.countChanges(spec);
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCounting(), 60000);
        QTRY_COMPARE(table->item(0, 4)->text(), QStringLiteral("1 new, 1 changed, 1 deleted"));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN name = '改名2' THEN 1 ELSE 0 END) FROM persons")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM import_history")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void changesText_saysHeldAndRejected()
    {
        feeds::ImportReport held;
        held.result = feeds::ImportReport::Result::Rejected;
        held.held = true;
        held.deleted = 50;
        held.messageCode = QStringLiteral("held");
        held.messageArgs = QStringLiteral(R"({"reasons":["delete"],"feed":"persons","rows_before":200,"deleted":50,"delete_percent":20})");
        const QString text = ui::ImportPreviewDialog::changesText(held);
        QVERIFY2(text.startsWith(QStringLiteral("0 new, 0 changed, 50 deleted; held for confirmation: Held: it would delete 50 of the 200 rows")),
                 qPrintable(text));
        feeds::ImportReport rejected;
        rejected.errorCount = 3;
        QCOMPARE(ui::ImportPreviewDialog::changesText(rejected), QStringLiteral("would be rejected: 3 error(s)"));
    }

private:
    using ImportPreviewDialogUnderTest = ui::ImportPreviewDialog;
};

QTEST_MAIN(TestImportPreviewDialog)
#include "tst_import_preview_dialog.moc"
