// The streaming CSV reader: RFC 4180 quoting, BOM, CRLF, physical line
// numbers, record problems, and flat memory.
#include "feeds/CsvReader.h"

#include <QBuffer>
#include <QTest>

#include <sys/resource.h>

using mianshen::feeds::CsvReader;

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_areReadExactly_data();
    void records_areReadExactly();
    void recordProblems_areReportedWithTheirLineAndField_data();
    void recordProblems_areReportedWithTheirLineAndField();
    void unterminatedQuote_endsTheFileWithItsLine();
    void utf8Validation_data();
    void utf8Validation();
    void bytesRead_andObserver_seeTheWholeFile();
    void memory_staysFlatOnALargeStream();
};

namespace {

// "line:field|field" per record; record problems as " !problem@field".
QStringList readAll(const QByteArray &input, std::size_t chunk)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, chunk);
    QStringList out;
    CsvReader::Status s;
    while ((s = reader.next()) == CsvReader::Status::Record) {
        QStringList fields;
        for (int i = 0; i < reader.fieldCount(); ++i)
            fields << QString::fromUtf8(reader.field(i).data(), qsizetype(reader.field(i).size()));
        QString line = QString::number(reader.line()) + u':' + fields.join(u'|');
        if (reader.problem() != CsvReader::RecordProblem::None)
            line += u" !"_qs + QString::number(int(reader.problem())) + u'@' + QString::number(reader.problemField());
        out << line;
    }
    if (s == CsvReader::Status::Error)
        out << u"ERROR"_qs;
    return out;
}

const std::size_t kChunks[] = {4, 5, 7, 64, 1 << 20};

// A sequential device that makes `rows` CSV rows on the fly.
class GeneratedCsv final : public QIODevice
{
public:
    explicit GeneratedCsv(qint64 rows) : m_rows(rows) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize) {
            if (m_pending.isEmpty()) {
                if (m_row >= m_rows)
                    break;
                m_pending = "11010519491231002X,\"name, with comma\",F,1949-12-31,441200-GX\n";
                ++m_row;
            }
            const qint64 take = std::min<qint64>(maxSize - n, m_pending.size());
            memcpy(data + n, m_pending.constData(), size_t(take));
            m_pending.remove(0, take);
            n += take;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_rows;
    qint64 m_row = 0;
    QByteArray m_pending;
};

long maxRssKb()
{
    struct rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

void TestCsvReader::records_areReadExactly_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QStringList{u"1:a|b"_qs, u"2:1|2"_qs};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QStringList{u"1:a|b"_qs, u"2:1|2"_qs};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QStringList{u"1:a|b"_qs, u"2:1|2"_qs};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << QStringList{u"1:a|b"_qs, u"2:1|2"_qs};
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << QStringList{};
    QTest::newRow("empty") << QByteArray() << QStringList{};
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"x,y\",2\n") << QStringList{u"1:a|b"_qs, u"2:x,y|2"_qs};
    QTest::newRow("doubled quotes") << QByteArray("\"he said \"\"hi\"\"\",2\n")
                                    << QStringList{u"1:he said \"hi\"|2"_qs};
    QTest::newRow("only a doubled quote") << QByteArray("\"\"\"\"\n") << QStringList{u"1:\""_qs};
    QTest::newRow("quoted line break") << QByteArray("a,b\n\"l1\nl2\",2\n3,4\n")
                                       << QStringList{u"1:a|b"_qs, u"2:l1\nl2|2"_qs, u"4:3|4"_qs};
    QTest::newRow("quoted crlf kept") << QByteArray("\"l1\r\nl2\",2\r\n3,4\r\n")
                                      << QStringList{u"1:l1\r\nl2|2"_qs, u"3:3|4"_qs};
    QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n") << QStringList{u"1:a||c"_qs, u"2:||"_qs};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n\n") << QStringList{u"1:a"_qs, u"4:b"_qs};
    QTest::newRow("quoted empty is a record") << QByteArray("\"\"\n") << QStringList{u"1:"_qs};
    QTest::newRow("trailing empty field") << QByteArray("a,\n") << QStringList{u"1:a|"_qs};
    QTest::newRow("trailing empty field at eof") << QByteArray("a,") << QStringList{u"1:a|"_qs};
    QTest::newRow("quoted at eof") << QByteArray("a,\"b\"") << QStringList{u"1:a|b"_qs};
    QTest::newRow("chinese") << QByteArray("张三,是\n") << QStringList{u"1:张三|是"_qs};
    QTest::newRow("lone cr is data") << QByteArray("a\rb,c\n") << QStringList{u"1:a\rb|c"_qs};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << QStringList{u"1: a | b "_qs};
}

void TestCsvReader::records_areReadExactly()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    for (std::size_t chunk : kChunks)
        QCOMPARE(readAll(input, chunk), expected);
}

void TestCsvReader::recordProblems_areReportedWithTheirLineAndField_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    const int utf8 = int(CsvReader::RecordProblem::InvalidUtf8);
    const int stray = int(CsvReader::RecordProblem::StrayQuote);
    const int after = int(CsvReader::RecordProblem::TextAfterQuote);
    QTest::newRow("invalid utf-8, reading goes on")
        << QByteArray("a,b\nx,\xff\ny,z\n")
        << QStringList{u"1:a|b"_qs, u"2:x|\uFFFD !%1@1"_qs.arg(utf8), u"3:y|z"_qs};
    QTest::newRow("stray quote") << QByteArray("a\"b,c\nd,e\n")
                                 << QStringList{u"1:a\"b|c !%1@0"_qs.arg(stray), u"2:d|e"_qs};
    QTest::newRow("text after closing quote") << QByteArray("x,\"ab\"c\n")
                                              << QStringList{u"1:x|abc !%1@1"_qs.arg(after)};
}

void TestCsvReader::recordProblems_areReportedWithTheirLineAndField()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    for (std::size_t chunk : kChunks)
        QCOMPARE(readAll(input, chunk), expected);
}

void TestCsvReader::unterminatedQuote_endsTheFileWithItsLine()
{
    for (std::size_t chunk : kChunks) {
        QBuffer buffer;
        buffer.setData("a,b\n1,2\n3,\"open\nmore\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, chunk);
        QCOMPARE(reader.next(), CsvReader::Status::Record);
        QCOMPARE(reader.next(), CsvReader::Status::Record);
        QCOMPARE(reader.next(), CsvReader::Status::Error);
        QVERIFY(reader.errorIsUnterminatedQuote());
        QCOMPARE(reader.line(), 3);
        QVERIFY(reader.errorString().contains(u"Line 3"));
        QCOMPARE(reader.next(), CsvReader::Status::Error);
    }
}

void TestCsvReader::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("hello, world 0123456789") << true;
    QTest::newRow("chinese") << QByteArray("免申即享") << true;
    QTest::newRow("4-byte") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("max") << QByteArray("\xF4\x8F\xBF\xBF") << true;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("truncated") << QByteArray("abc\xE5\x85") << false;
    QTest::newRow("latin-1") << QByteArray("caf\xE9") << false;
    QTest::newRow("gbk") << QByteArray("\xD5\xC5\xC8\xFD") << false;
}

void TestCsvReader::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(CsvReader::isValidUtf8(std::string_view(bytes.constData(), size_t(bytes.size()))), valid);
}

void TestCsvReader::bytesRead_andObserver_seeTheWholeFile()
{
    const QByteArray input = "\xEF\xBB\xBF" "a,b\r\n\"x\ny\",2\r\n";
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, 5);
    QByteArray seen;
    reader.setChunkObserver([&](const char *d, std::size_t n) { seen.append(d, qsizetype(n)); });
    while (reader.next() == CsvReader::Status::Record) {
    }
    QCOMPARE(seen, input);
    QCOMPARE(reader.bytesRead(), input.size());
}

void TestCsvReader::memory_staysFlatOnALargeStream()
{
    // ~140 MB of CSV through the reader: the peak resident size must not grow
    // with it (the reader keeps one chunk and one record).
    const qint64 rows = 2'000'000;
    GeneratedCsv device(rows);
    CsvReader reader(&device);
    const long before = maxRssKb();
    qint64 n = 0;
    while (reader.next() == CsvReader::Status::Record) {
        QCOMPARE(reader.fieldCount(), 5);
        ++n;
    }
    QCOMPARE(n, rows);
    QCOMPARE(reader.line(), rows);
    const long grown = maxRssKb() - before;
    QVERIFY2(grown < 16 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 kB").arg(grown)));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
