// The real executable and drafts. A draft survives the program being killed while it saves: the real
// executable (`mianshen policy draft save ID FILE`) is killed with SIGKILL at
// seeded random moments, again and again; after each kill the database is
// intact and the draft holds either the text before that save or the whole
// new text with the next revision, never a mix; a save that finished is
// always there after a restart.

#include "AuthoringFixture.h"

#include "authoring/DraftStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace mianshen;

class TestDraftKill final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWhileSaving_draftIsIntactAndLastSaveKept();
    void commandLine_twoPeopleWriteAndPublish();

private:
    QString writeText(const QString &dir, const QString &source, int k)
    {
        QString text = source;
        // A long title, so that a save writes many pages.
        text.replace(QStringLiteral("New policy (give it its name)"),
                     QStringLiteral("Edit %1 ").arg(k) + QString(60000, QLatin1Char('a' + k % 26)));
        QFile f(dir + QStringLiteral("/edit%1.json").arg(k));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return text;
    }
};

void TestDraftKill::killedWhileSaving_draftIsIntactAndLastSaveKept()
{
    testing::AuthoringDatabase f;
    QVERIFY2(f.open(false), qPrintable(f.error));
    const QString dbPath = f.dir.filePath(QStringLiteral("drafts.sqlite"));
    qint64 id = 0;
    QString current;
    qint64 revision = 0;
    {
        authoring::DraftStore drafts(*f.db);
        auto created = drafts.createNew(QStringLiteral("KILL-TEST"));
        QVERIFY2(created, qPrintable(created.error()));
        id = created.value();
        current = drafts.load(id)->source;
        revision = 1;
    }
    f.db.reset();   // the test holds no connection while the program writes

    auto runSave = [&](int k, int killAfterMs, bool *finished) {
        QProcess p;
        p.setProgram(QStringLiteral(MIANSHEN_EXECUTABLE));
        p.setArguments({QStringLiteral("--db"), dbPath, QStringLiteral("policy"), QStringLiteral("draft"), QStringLiteral("save"),
                        QString::number(id), f.dir.filePath(QStringLiteral("edit%1.json").arg(k))});
        p.start();
        if (!p.waitForStarted())
            return false;
        if (killAfterMs < 0) {
            p.waitForFinished(60000);
            *finished = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
            if (!*finished)
                qWarning("%s", p.readAllStandardError().constData());
            return true;
        }
        *finished = p.waitForFinished(killAfterMs);
        if (!*finished) {
            p.kill();   // SIGKILL
            p.waitForFinished(10000);
        }
        return true;
    };

    // How long one save takes here, to spread the kills over it.
    QVERIFY(!writeText(f.dir.path(), current, 0).isEmpty());
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    QVERIFY(runSave(0, -1, &done));
    QVERIFY2(done, "a save without a kill succeeds");
    const int saveMs = int(timer.elapsed());
    qInfo("one save takes %d ms", saveMs);

    auto reopen = [&]() -> std::unique_ptr<store::Database> {
        auto db = store::Database::open(store::ConnectionSpec::sqlite(dbPath));
        return db ? std::move(db.value()) : nullptr;
    };
    {
        auto db = reopen();
        QVERIFY(db);
        auto d = authoring::DraftStore(*db).load(id);
        QCOMPARE(d->revision, qint64(2));
        current = d->source;
        revision = 2;
    }

    QRandomGenerator random(20261205);
    int killed = 0, completed = 0;
    for (int k = 1; k <= 30; ++k) {
        const QString next = writeText(f.dir.path(), current, k);
        QVERIFY(!next.isEmpty());
        bool finished = false;
        QVERIFY(runSave(k, int(random.bounded(qMax(saveMs * 12 / 10, 20))), &finished));
        finished ? ++completed : ++killed;
        auto db = reopen();
        QVERIFY2(db, "the database opens after the kill");
        QSqlQuery check(db->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        check.finish();
        auto d = authoring::DraftStore(*db).load(id);
        QVERIFY2(d, qPrintable(d.error()));
        if (d->revision == revision + 1) {
            QVERIFY2(d->source == next, "a new revision holds the whole new text");
            current = next;
            revision = d->revision;
        } else {
            QCOMPARE(d->revision, revision);
            QVERIFY2(d->source == current, "without a new revision the text is the one before");
            QVERIFY2(!finished, "a save that finished is kept");
        }
    }
    qInfo("%d saves killed, %d completed", killed, completed);
    QVERIFY2(killed > 0, "at least one save was killed");
}

// `policy draft` verbs of the real executable, acting as the operating-system
// user (a SQLite desk without accounts): the author cannot approve, another can.
void TestDraftKill::commandLine_twoPeopleWriteAndPublish()
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("cli.sqlite"));
    auto run = [&](const QString &user, const QStringList &args, QString *out = nullptr) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USER"), user);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MIANSHEN_EXECUTABLE), QStringList{QStringLiteral("--db"), dbPath} + args);
        p.waitForFinished(60000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    QCOMPARE(run(QStringLiteral("alice"), {QStringLiteral("migrate")}), 0);
    QString out;
    QCOMPARE(run(QStringLiteral("alice"), {QStringLiteral("policy"), QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("CLI-ITEM")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("Draft 1 created")), qPrintable(out));
    QCOMPARE(run(QStringLiteral("alice"), {QStringLiteral("policy"), QStringLiteral("draft"), QStringLiteral("submit"), QStringLiteral("1"),
                                           QStringLiteral("--comment"), QStringLiteral("ready")}, &out), 0);
    QCOMPARE(run(QStringLiteral("alice"), {QStringLiteral("policy"), QStringLiteral("draft"), QStringLiteral("approve"), QStringLiteral("1")}, &out), 1);
    QVERIFY2(out.contains(QStringLiteral("two-person rule")) || out.contains(QStringLiteral("author of a policy version")), qPrintable(out));
    QCOMPARE(run(QStringLiteral("bob"), {QStringLiteral("policy"), QStringLiteral("draft"), QStringLiteral("approve"), QStringLiteral("1")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("published as version 1")), qPrintable(out));
    QCOMPARE(run(QStringLiteral("bob"), {QStringLiteral("policy"), QStringLiteral("list")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("CLI-ITEM")) && out.contains(QStringLiteral("bob")), qPrintable(out));
    QCOMPARE(run(QStringLiteral("bob"), {QStringLiteral("policy"), QStringLiteral("draft"), QStringLiteral("bogus")}), 2);
}

QTEST_GUILESS_MAIN(TestDraftKill)
#include "tst_draft_kill.moc"
