// `mianshen demo-data` on the real executable.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class DemoDataCommandTest final : public QObject
{
    Q_OBJECT

    static int run(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(MIANSHEN_EXECUTABLE), arguments);
        if (!p.waitForFinished(120000))
            return -1;
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void writesEveryFile_andPrintsRowsPerFile()
    {
        QTemporaryDir dir;
        QString out, err;
        const QString target = dir.filePath(QStringLiteral("district"));
        QCOMPARE(run({QStringLiteral("demo-data"), QStringLiteral("--persons"), QStringLiteral("300"),
                      QStringLiteral("--enterprises"), QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("5"),
                      QStringLiteral("--out"), target},
                     &out, &err),
                 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QStringList csv = QDir(target).entryList({QStringLiteral("*.csv")});
        QCOMPARE(csv.size(), 22);
        for (const QString &file : csv)
            QVERIFY2(out.contains(file), qPrintable(file + QStringLiteral(" not listed in:\n") + out));
        QVERIFY(out.contains(QStringLiteral("300 rows"))); // persons.csv
        QVERIFY(out.contains(QStringLiteral("rows in 22 files")));
    }

    void badArguments_exitWithUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no --out") << QStringList{QStringLiteral("demo-data")};
        QTest::newRow("persons not a number")
            << QStringList{QStringLiteral("demo-data"), QStringLiteral("--persons"), QStringLiteral("many"),
                           QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("negative enterprises")
            << QStringList{QStringLiteral("demo-data"), QStringLiteral("--enterprises"), QStringLiteral("-3"),
                           QStringLiteral("--out"), QStringLiteral("x")};
        QTest::newRow("positional") << QStringList{QStringLiteral("demo-data"), QStringLiteral("extra"),
                                                   QStringLiteral("--out"), QStringLiteral("x")};
    }
    void badArguments_exitWithUsage()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(MIANSHEN_EXECUTABLE), arguments);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty()); // wrote nothing
    }

    void unwritableFolder_fails()
    {
        QString err;
        QCOMPARE(run({QStringLiteral("demo-data"), QStringLiteral("--persons"), QStringLiteral("10"),
                      QStringLiteral("--out"), QStringLiteral("/proc/mianshen-cannot-write-here")},
                     nullptr, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("/proc/mianshen-cannot-write-here")));
    }
};

QTEST_GUILESS_MAIN(DemoDataCommandTest)
#include "tst_demo_data_command.moc"
