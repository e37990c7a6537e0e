// `mianshen stats` and `mianshen notice` end to end on a SQLite ledger: the
// CSV read back gives the same figures, the .xlsx cells read back (unzip),
// the notice list masks persons and shows enterprises in full, objections
// are recorded and listed.

#include "StatsTestDatabase.h"

#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace mianshen;

class TestStatsExports final : public QObject
{
    Q_OBJECT

private:
    testing::StatsTestDatabase m_t;
    QTemporaryDir m_dir;
    QString m_path;

    QString run(const QStringList &arguments, int expectedExit = 0)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MIANSHEN_EXECUTABLE), QStringList{QStringLiteral("--db"), m_path} + arguments);
        if (!process.waitForFinished(60000))
            qFatal("mianshen did not finish");
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        if (process.exitCode() != expectedExit)
            qWarning("exit %d\n%s\n%s", process.exitCode(), qPrintable(out), qPrintable(err));
        [&] { QCOMPARE(process.exitCode(), expectedExit); }();
        return out + err;
    }

    static QString unzip(const QString &file, const QString &member)
    {
        QProcess process;
        process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, member});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_t.open(QStringLiteral("sqlite")), qPrintable(m_t.error()));
        m_path = m_t.db().spec().path;
        matching::PolicyRepository repository(m_t.db(), catalog::FeedCatalog::builtin());
        for (const char *file : {"patent_invention", "talent_living"})
            QVERIFY(repository.publishFile(QStringLiteral(":/policies/%1.json").arg(QLatin1String(file)),
                                           QStringLiteral("test")).ok());
        QVERIFY(m_t.exec(QStringLiteral("INSERT INTO persons VALUES ('441202199001010029', '张三丰', 'M', '1990-01-01', "
                                        "'441202', 1), ('44120219900101002X', '欧阳小明', 'F', '1990-01-01', '441202', 1)")));
        QVERIFY(m_t.exec(QStringLiteral("INSERT INTO enterprises VALUES ('91441200MA4W00001W', '肇庆示范科技有限公司', "
                                        "'441202199001010029', '441200-GX', '2015-01-01', 'active', 'C39', 'small', 1)")));
        const qint64 sep = m_t.batch(QStringLiteral("2021-09"));
        const auto pay = [&](const QString &policy, const QString &subject, const QString &kind, qint64 fen) {
            const qint64 award = m_t.award(policy, subject, QStringLiteral("2021-09"), fen);
            QVERIFY2(m_t.payment(award, sep, policy, subject, kind, QStringLiteral("2021-09"), QStringLiteral("2021-09"),
                                 fen, QStringLiteral("paid")) > 0,
                     qPrintable(m_t.error()));
        };
        pay(QStringLiteral("TALENT-LIVING"), QStringLiteral("441202199001010029"), QStringLiteral("person"), 150000);
        pay(QStringLiteral("TALENT-LIVING"), QStringLiteral("44120219900101002X"), QStringLiteral("person"), 150050);
        pay(QStringLiteral("PATENT-INVENTION"), QStringLiteral("91441200MA4W00001W"), QStringLiteral("enterprise"), 240213300);
    }

    void statsCsv_readsBackTheFigures()
    {
        const QString csv = m_dir.filePath(QStringLiteral("by-policy 2021-09.csv"));
        run({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2021-09"), QStringLiteral("--to"),
             QStringLiteral("2021-09"), QStringLiteral("--by"), QStringLiteral("policy"), QStringLiteral("--out"), csv,
             QStringLiteral("--lang"), QStringLiteral("en")});
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, two policies, total
        QCOMPARE(lines.at(1), QStringLiteral("PATENT-INVENTION,Invention patent award,2402133.00,0.00,2402133.00,1,1,1"));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("TALENT-LIVING,")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).endsWith(QStringLiteral(",3000.50,0.00,3000.50,2,2,2")), qPrintable(lines.at(2)));
        QCOMPARE(lines.at(3), QStringLiteral("total,Total,2405133.50,0.00,2405133.50,3,3,3"));
        // Departments (sets of policies) have no distinct count: an empty cell.
        const QString byDepartment = m_dir.filePath(QStringLiteral("by-department 2021-09.csv"));
        run({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2021-09"), QStringLiteral("--to"),
             QStringLiteral("2021-09"), QStringLiteral("--by"), QStringLiteral("department"), QStringLiteral("--out"),
             byDepartment, QStringLiteral("--lang"), QStringLiteral("en")});
        QFile departments(byDepartment);
        QVERIFY(departments.open(QIODevice::ReadOnly));
        const QStringList departmentLines = QString::fromUtf8(departments.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(departmentLines.size() >= 3, qPrintable(departmentLines.join(u'|')));
        QVERIFY2(departmentLines.at(1).endsWith(u','), qPrintable(departmentLines.at(1)));
        QVERIFY2(departmentLines.last().endsWith(QStringLiteral(",3,3,3")), qPrintable(departmentLines.last()));
    }

    void statsXlsx_cellsReadBack()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("by-month.xlsx"));
        run({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2021-08"), QStringLiteral("--to"),
             QStringLiteral("2021-09"), QStringLiteral("--by"), QStringLiteral("month"), QStringLiteral("--out"), xlsx});
        const QString sheet = unzip(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(!sheet.isEmpty(), "no sheet (is unzip installed?)");
        // Row 3 (2021-09): paid 2405133.5 yuan, 3 payments, 3 subjects.
        static const QRegularExpression cell(QStringLiteral("<c r=\"([A-Z]+3)\"[^>]*><v>([^<]*)</v>"));
        QMap<QString, QString> row3;
        for (auto it = cell.globalMatch(sheet); it.hasNext();) {
            const auto m = it.next();
            row3.insert(m.captured(1), m.captured(2));
        }
        QCOMPARE(row3.value(QStringLiteral("C3")), QStringLiteral("2405133.5"));
        QCOMPARE(row3.value(QStringLiteral("F3")), QStringLiteral("3"));
        QCOMPARE(row3.value(QStringLiteral("G3")), QStringLiteral("3"));
        QVERIFY(unzip(xlsx, QStringLiteral("xl/sharedStrings.xml")).contains(QStringLiteral("2021-09")));
    }

    void statsSentenceAndRecount()
    {
        const QString out = run({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2021-09"),
                                 QStringLiteral("--to"), QStringLiteral("2021-09"), QStringLiteral("--sentence"),
                                 QStringLiteral("--recount")});
        QVERIFY2(out.contains(QStringLiteral("截至2021年9月，累计为1家企业兑现专利资助2,402,133元；为2名人才发放")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("2笔，共3,000.50元。")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Recount: the maintained totals equal the ledger")), qPrintable(out));
        run({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2021-10"), QStringLiteral("--to"),
             QStringLiteral("2021-09")}, 2);
    }

    void noticeList_masksPersonsAndListsObjections()
    {
        run({QStringLiteral("notice"), QStringLiteral("objection"), QStringLiteral("--policy"), QStringLiteral("TALENT-LIVING"),
             QStringLiteral("--period"), QStringLiteral("2021-09"), QStringLiteral("--raised-by"), QStringLiteral("李四"),
             QStringLiteral("--received"), QStringLiteral("2021-10-09"), QStringLiteral("--subject"),
             QStringLiteral("441202199001010029"), QStringLiteral("--content"), QStringLiteral("不在本区工作")});
        run({QStringLiteral("notice"), QStringLiteral("objection"), QStringLiteral("--policy"), QStringLiteral("TALENT-LIVING"),
             QStringLiteral("--period"), QStringLiteral("2021-09"), QStringLiteral("--raised-by"), QStringLiteral("x"),
             QStringLiteral("--received"), QStringLiteral("yesterday")}, 1);
        run({QStringLiteral("notice"), QStringLiteral("outcome"), QStringLiteral("--id"), QStringLiteral("1"),
             QStringLiteral("--outcome"), QStringLiteral("dismissed"), QStringLiteral("--note"), QStringLiteral("核实在本区参保")});
        const QString xlsx = m_dir.filePath(QStringLiteral("notice.xlsx"));
        run({QStringLiteral("notice"), QStringLiteral("--policy"), QStringLiteral("TALENT-LIVING"), QStringLiteral("--period"),
             QStringLiteral("2021-09"), QStringLiteral("--out"), xlsx, QStringLiteral("--notice-from"),
             QStringLiteral("2021-10-08")});
        const QString strings = unzip(xlsx, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY2(strings.contains(QStringLiteral("张*丰")), qPrintable(strings));
        QVERIFY(strings.contains(QStringLiteral("欧阳*明")));
        QVERIFY(strings.contains(QStringLiteral("441202********002X")));
        QVERIFY(!strings.contains(QStringLiteral("张三丰")));
        QVERIFY(!strings.contains(QStringLiteral("441202199001010029")));
        QVERIFY(strings.contains(QStringLiteral("李*")));
        QVERIFY(strings.contains(QStringLiteral("核实在本区参保")));
        // Both writes are in the audit log.
        QVariant logged;
        QVERIFY(m_t.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'notice_objection' AND entity_id = '1'"),
                         {}, &logged));
        QCOMPARE(logged.toInt(), 2);
        const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
        run({QStringLiteral("notice"), QStringLiteral("--policy"), QStringLiteral("PATENT-INVENTION"),
             QStringLiteral("--period"), QStringLiteral("2021-09"), QStringLiteral("--out"), pdf});
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 1000);
    }

    void batchNotice_fromTheCommandLine()
    {
        QVariant batch;
        QVERIFY(m_t.exec(QStringLiteral("SELECT min(id) FROM payment_batches"), {}, &batch));
        const QString id = QString::number(batch.toLongLong());
        run({QStringLiteral("notice"), QStringLiteral("objection"), QStringLiteral("--batch"), id, QStringLiteral("--raised-by"),
             QStringLiteral("Zhao"), QStringLiteral("--received"), QStringLiteral("2021-09-21"), QStringLiteral("--subject"),
             QStringLiteral("91441200MA4W00001W")});
        const QString xlsx = m_dir.filePath(QStringLiteral("batch-notice.xlsx"));
        run({QStringLiteral("notice"), QStringLiteral("--batch"), id, QStringLiteral("--out"), xlsx});
        const QString strings = unzip(xlsx, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY2(strings.contains(QStringLiteral("张*丰")), qPrintable(strings.left(400)));
        QVERIFY(!strings.contains(QStringLiteral("张三丰")));
        QVERIFY(strings.contains(QStringLiteral("肇庆示范科技有限公司")));
        QVERIFY(strings.contains(QStringLiteral("PATENT-INVENTION")));   // the policy column of a batch of two policies
        QVariant policy;
        QVERIFY(m_t.exec(QStringLiteral("SELECT policy_code FROM notice_objections WHERE batch_id = ?"), {batch}, &policy));
        QCOMPARE(policy.toString(), QStringLiteral("PATENT-INVENTION"));
    }
};

QTEST_GUILESS_MAIN(TestStatsExports)
#include "tst_stats_exports.moc"
