// The bank file (golden CSV; the .xlsx cells read back equal the CSV's) and
// the bank's return files: each defect refuses the whole file with its line
// and reason and changes nothing.

#include "LedgerFixture.h"

#include "ledger/BankFileWriter.h"
#include "ledger/BatchApproval.h"
#include "ledger/BatchBuilder.h"
#include "ledger/BatchDispatch.h"
#include "ledger/ReturnFileReader.h"

#include <QFile>
#include <QProcess>
#include <QXmlStreamReader>

using namespace mianshen;
using mianshen::testing::personId;

namespace {

// A sent batch of three payments (¥100.00, ¥2,000.50, ¥0.01) to named accounts.
qint64 sentBatch(testing::LedgerFixture &f)
{
    f.addPolicy(QStringLiteral("TALENT-LIVING"), true);
    f.addPolicy(QStringLiteral("TALENT-HOME"), false);
    f.setAccount(personId(1), QStringLiteral("6222020200112233445"), 1, QStringLiteral("中国工商银行"), QStringLiteral("张三"));
    f.setAccount(personId(2), QStringLiteral("6217003320001234567"), 1, QStringLiteral("中国建设银行"), QStringLiteral("李四"));
    f.setAccount(personId(3), QStringLiteral("6228480088990011223"), 1, QStringLiteral("中国农业银行"), QStringLiteral("王五, \"小五\""));
    f.addAward(QStringLiteral("TALENT-LIVING"), personId(1), QStringLiteral("2026-10"), 10000);
    f.addAward(QStringLiteral("TALENT-HOME"), personId(2), QString(), 200050);
    f.addAward(QStringLiteral("TALENT-LIVING"), personId(3), QStringLiteral("2026-10"), 1);
    auto built = ledger::BatchBuilder(f.as(QStringLiteral("clerk"))).build(QStringLiteral("2026-10"));
    if (!built || !ledger::BatchApproval(f.as(QStringLiteral("bob"))).approve(built->batchId))
        return 0;
    return built->batchId;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The cells of the first sheet of an .xlsx, through `unzip -p` and the XML.
QList<QStringList> xlsxCells(const QString &path)
{
    auto part = [&](const char *name) {
        QProcess p;
        p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QString::fromLatin1(name)});
        p.waitForFinished();
        return p.readAllStandardOutput();
    };
    QStringList shared;
    QXmlStreamReader s(part("xl/sharedStrings.xml"));
    while (!s.atEnd()) {
        s.readNext();
        if (s.isStartElement() && s.name() == QLatin1String("t"))
            shared.append(s.readElementText());
    }
    QList<QStringList> rows;
    QXmlStreamReader x(part("xl/worksheets/sheet1.xml"));
    QString ref;
    QString type;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("c")) {
            ref = x.attributes().value(QLatin1String("r")).toString();
            type = x.attributes().value(QLatin1String("t")).toString();
        } else if (x.name() == QLatin1String("v")) {
            const QString value = x.readElementText();
            int col = 0;
            int i = 0;
            for (; i < ref.size() && ref[i].isLetter(); ++i)
                col = col * 26 + (ref[i].unicode() - 'A' + 1);
            const int row = ref.mid(i).toInt();
            while (rows.size() < row)
                rows.append(QStringList(7, QString()));
            rows[row - 1][col - 1] = type == QLatin1String("s") ? shared.value(value.toInt()) : value;
        }
    }
    return rows;
}

} // namespace

class LedgerFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bankFileGolden()
    {
        testing::LedgerFixture f;
        QVERIFY2(f.open(false), qPrintable(f.error));
        const qint64 batch = sentBatch(f);
        QVERIFY(batch > 0);
        const QString csv = f.dir.filePath(QStringLiteral("batch.csv"));
        auto exported = ledger::BatchDispatch(*f.db).exportTo(batch, csv);
        QVERIFY2(exported, qPrintable(exported.error()));
        const QByteArray golden = readFile(QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/ledger/data/bank_batch.csv"));
        const QByteArray actual = readFile(csv);
        if (actual != golden) {
            QFile out(QStringLiteral(MIANSHEN_BINARY_DIR "/bank_batch.actual.csv"));
            if (out.open(QIODevice::WriteOnly))
                out.write(actual);
        }
        QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(golden));
        // The checksum line is the SHA-256 of every line before it (after the BOM).
        const QByteArray body = actual.mid(3, actual.lastIndexOf("校验") - 3);
        QCOMPARE(exported.value(), QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
        QVERIFY(actual.contains(exported.value().toLatin1()));

        // Exporting again writes the same bytes (the batch is already exported).
        const QString xlsx = f.dir.filePath(QStringLiteral("batch.xlsx"));
        auto again = ledger::BatchDispatch(*f.db).exportTo(batch, xlsx);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again.value(), exported.value());
        const QList<QStringList> cells = xlsxCells(xlsx);
        auto file = ledger::BankFileWriter(*f.db).load(batch);
        QVERIFY(file);
        const QList<QStringList> expected = file->allRows();
        QCOMPARE(cells.size(), expected.size());
        for (int r = 0; r < expected.size(); ++r)
            QCOMPARE(cells[r], expected[r]);
        QVERIFY(!ledger::BatchDispatch(*f.db).exportTo(batch, f.dir.filePath(QStringLiteral("batch.txt"))));
    }

    void returnFiles_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QByteArray>("file");     // %1 %2 %3: the three payment ids
        QTest::addColumn<QString>("expected");     // empty = accepted; else a line of the refusal
        const QByteArray head("reference,amount,result,reason\n");
        for (bool pg : {false, true}) {
            const char *db = pg ? "postgres" : "sqlite";
            QTest::addRow("%s: all paid", db) << pg << head + "%1,100.00,成功,\r\n%2,2000.50,成功,\n%3,0.01,paid,\n" << QString();
            QTest::addRow("%s: one failed", db) << pg << head + "%1,100.00,成功,\n%2,2000.50,失败,账户冻结\n" << QString();
            QTest::addRow("%s: unknown reference", db) << pg << head + "%1,100.00,成功,\n999999,1.00,成功,\n"
                                                      << QStringLiteral("line 3: unknown reference 999999");
            QTest::addRow("%s: amount mismatch", db) << pg << head + "%1,100.00,成功,\n%2,2000.00,成功,\n"
                                                     << QStringLiteral("line 3: amount mismatch: the file says 2000.00, payment %2 is 2000.50");
            QTest::addRow("%s: duplicate line", db) << pg << head + "%1,100.00,成功,\n%2,2000.50,成功,\n%1,100.00,成功,\n"
                                                    << QStringLiteral("line 4: duplicate line: payment %1 is already on line 2");
            QTest::addRow("%s: bad encoding", db) << pg << head + "%1,100.00,成功,\n%2,2000.50,\xb3\xc9\xb9\xa6,\n"
                                                  << QStringLiteral("line 3: the line is not valid UTF-8");
            QTest::addRow("%s: failed without reason", db) << pg << head + "%1,100.00,失败,\n"
                                                           << QStringLiteral("line 2: a failed payment needs the bank's reason");
            QTest::addRow("%s: bad header", db) << pg << QByteArray("id,money\n%1,100.00\n")
                                                << QStringLiteral("line 1: the first line must be the header");
        }
    }
    void returnFiles()
    {
        QFETCH(bool, postgres);
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        testing::LedgerFixture f;
        if (postgres)
            MIANSHEN_REQUIRE_POSTGRES(f.pg);
        QVERIFY2(f.open(postgres), qPrintable(f.error));
        const qint64 batch = sentBatch(f);
        QVERIFY(batch > 0);
        QVERIFY(ledger::BatchDispatch(*f.db).exportTo(batch, f.dir.filePath(QStringLiteral("b.csv"))));
        QVERIFY(ledger::BatchDispatch(*f.db).markSent(batch));
        QList<QByteArray> ids;
        QSqlQuery q(f.db->connection());
        q.exec(QStringLiteral("SELECT id FROM payments ORDER BY id"));
        while (q.next())
            ids.append(q.value(0).toByteArray());
        q.finish();
        QCOMPARE(ids.size(), 3);
        for (int i = 0; i < 3; ++i)
            file.replace(QByteArray(QByteArray("%") + QByteArray::number(i + 1)), ids[i]);
        for (int i = 0; i < 3; ++i)
            expected.replace(QStringLiteral("%%1").arg(i + 1), QString::fromLatin1(ids[i]));
        ledger::ReturnFileReader reader(*f.db);
        auto r = reader.importBytes(file, QStringLiteral("return.csv"));
        if (expected.isEmpty()) {
            QVERIFY2(r, qPrintable(r.error()));
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'sent'")), 3 - (r->paidCount + r->failedCount));
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM awards WHERE status = 'paid'")), r->paidCount);
            QCOMPARE(r->reconciled, r->paidCount + r->failedCount == 3);
            // The same file again is refused: its payments were reported.
            QVERIFY(!ledger::ReturnFileReader(*f.db).importBytes(file, QStringLiteral("again.csv")));
            return;
        }
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("refused whole")), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QStringLiteral("return.csv, ") + expected), qPrintable(r.error()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'sent'")), 3);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM bank_return_files")), 0);
    }
};

QTEST_GUILESS_MAIN(LedgerFilesTest)
#include "tst_ledger_files.moc"
