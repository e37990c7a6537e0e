// bench_review: the review queue at scale. Makes N cases awaiting review
// (default 1,000,000; 10 policies, flags, amounts, names) in a fresh SQLite
// file (and, with --pg URL, in a fresh database on that PostgreSQL server),
// then times what the Review page and the CLI do: the first page, filters by
// policy, flag and amount range, a subject, counts per flag and per policy,
// the total, a page deep in the queue, and claim-next.
//
// Also: awards from a run of min(N, 100,000) decisions, and its unchanged rerun.
//
//   bench_review [N] [--pg postgresql://user:pw@host:port/postgres]

#include "review/AwardStore.h"
#include "review/ClaimService.h"
#include "review/ReviewQueue.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "support/PostgresTestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace mianshen;

namespace {

QTextStream out(stdout);

bool exec(store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        out << "failed: " << q.lastError().text() << "\n" << sql << Qt::endl;
        return false;
    }
    return true;
}

bool makeCases(store::Database &db, qint64 n)
{
    const QString sql = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO awards (policy_code, policy_version, subject_id, period, amount_fen, status, created_at, flags, "
        "waiting_since, subject_name, decided_in_run) "
        "SELECT 'POLICY-' || CAST(i %% 10 AS TEXT), 1, 'S' || CAST(100000000 + i AS TEXT), "
        "'2026-' || CASE WHEN i %% 12 < 9 THEN '0' ELSE '' END || CAST(1 + i %% 12 AS TEXT), "
        "100 * (1000 + (CAST(i AS BIGINT) * 7919) %% 200000), 'awaiting_review', '2026-11-01T00:00:00.000Z', "
        "CASE i %% 7 WHEN 0 THEN 'HIGH_AMOUNT' WHEN 1 THEN 'HIGH_AMOUNT;NEW_EMPLOYER' WHEN 2 THEN 'NEW_EMPLOYER' "
        "WHEN 3 THEN 'LATE_FILING' WHEN 4 THEN 'RARE_FLAG;HIGH_AMOUNT' ELSE 'NEW_EMPLOYER;LATE_FILING' END, "
        "'2026-11-' || CASE WHEN i %% 29 < 9 THEN '0' ELSE '' END || CAST(1 + i %% 29 AS TEXT) || 'T08:00:00.000Z', "
        "'Name ' || CAST(i * 31 %% 1000003 AS TEXT), 1 FROM n")
                            .arg(n).replace(QStringLiteral("%%"), QStringLiteral("%"));
    // VACUUM ANALYZE: statistics and (PostgreSQL) the visibility map, as autovacuum keeps them.
    return db.beginWrite() && exec(db, sql) && db.commit()
           && exec(db, db.dialect() == store::Dialect::Postgres ? QStringLiteral("VACUUM ANALYZE awards")
                                                                 : QStringLiteral("ANALYZE"));
}

// Awards from a run: N decisions of a completed run become awards (one
// set-based pass), then a second run that repeats them unchanged.
void benchApply(store::Database &db, qint64 n, const QString &label)
{
    auto decisions = [&](qint64 run, const char *change) {
        return exec(db, QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO decisions (run_id, policy_code, policy_version, subject_id, period, change, outcome, amount_fen, "
            "flags, explanation) SELECT %2, 'POLICY-' || CAST(i %% 10 AS TEXT), 1, 'S' || CAST(100000000 + i AS TEXT), "
            "'2026-11', '%3', CASE WHEN i %% 5 = 0 THEN 'review' ELSE 'auto' END, 100 * (1000 + i %% 500), "
            "CASE WHEN i %% 5 = 0 THEN 'HIGH_AMOUNT' ELSE '' END, '{}' FROM n")
                                .arg(n).arg(run).arg(QLatin1String(change)).replace(QStringLiteral("%%"), QStringLiteral("%")));
    };
    for (qint64 run : {1, 2}) {
        if (!exec(db, QStringLiteral("INSERT INTO matching_runs (id, period, status, started_by, started_at, threads) "
                                     "VALUES (%1, '2026-11', 'completed', 'bench', '2026-11-01T00:00:00Z', 1)").arg(run))
            || !decisions(run, run == 1 ? "new" : "changed"))
            return;
        QElapsedTimer t;
        t.start();
        if (!db.beginWrite())
            return;
        auto counts = review::AwardStore::applyRunCounted(db, run);
        if (!counts || !db.commit()) {
            out << "apply failed: " << (counts ? db.lastError() : counts.error()) << Qt::endl;
            db.rollback();
            return;
        }
        out << QStringLiteral("%1: awards from a run of %2 decisions (%3): %4 ms (%5 created, %6 changed)")
                   .arg(label).arg(n).arg(run == 1 ? QStringLiteral("all new") : QStringLiteral("rerun, nothing changed"))
                   .arg(t.elapsed()).arg(counts->created).arg(counts->total() - counts->created)
            << Qt::endl;
    }
}

void time(const QString &what, const std::function<QString()> &work)
{
    QElapsedTimer t;
    t.start();
    const QString result = work();
    out << QStringLiteral("  %1 %2 ms  (%3)").arg(what, -38).arg(t.nsecsElapsed() / 1e6, 8, 'f', 1).arg(result) << Qt::endl;
}

void bench(store::Database &db, qint64 n, const QString &label)
{
    QElapsedTimer t;
    t.start();
    if (!makeCases(db, n))
        return;
    out << label << ": " << n << " cases made in " << t.elapsed() << " ms" << Qt::endl;
    review::ReviewQueue queue(db);
    const review::QueueSort bySince;
    auto pageOf = [&](const review::QueueFilter &f, review::QueueSort s = {}) {
        return [&queue, f, s]() {
            auto p = queue.page(f, s, std::nullopt, 200);
            return p ? QStringLiteral("%1 rows").arg(p->rows.size()) : p.error();
        };
    };
    auto countOf = [&](const review::QueueFilter &f) {
        return [&queue, f]() {
            auto c = queue.count(f);
            return c ? QStringLiteral("%1 cases").arg(c.value()) : c.error();
        };
    };
    review::QueueFilter all;
    time(QStringLiteral("first page (waiting since)"), pageOf(all));
    time(QStringLiteral("first page by amount, descending"), pageOf(all, {review::QueueColumn::Amount, Qt::DescendingOrder}));
    time(QStringLiteral("first page by name"), pageOf(all, {review::QueueColumn::Name, Qt::AscendingOrder}));
    review::QueueFilter policy;
    policy.policyCode = QStringLiteral("POLICY-3");
    time(QStringLiteral("filter: policy"), pageOf(policy));
    review::QueueFilter flag;
    flag.flag = QStringLiteral("LATE_FILING");
    time(QStringLiteral("filter: flag (common)"), pageOf(flag));
    review::QueueFilter rare;
    rare.flag = QStringLiteral("RARE_FLAG");
    time(QStringLiteral("filter: flag (1 in 7)"), pageOf(rare));
    review::QueueFilter amount;
    amount.minFen = 5000000;
    amount.maxFen = 5010000;
    time(QStringLiteral("filter: amount range"), pageOf(amount));
    review::QueueFilter period;
    period.periodSet = true;
    period.period = QStringLiteral("2026-05");
    time(QStringLiteral("filter: period"), pageOf(period));
    review::QueueFilter subject;
    subject.subject = QStringLiteral("S100012345");
    time(QStringLiteral("filter: subject id"), pageOf(subject));
    review::QueueFilter name;
    name.subject = QStringLiteral("Name 4242");
    time(QStringLiteral("filter: name prefix"), pageOf(name));
    time(QStringLiteral("count (all open)"), countOf(all));
    time(QStringLiteral("count (policy)"), countOf(policy));
    time(QStringLiteral("counts per flag"), [&]() {
        auto c = queue.countsByFlag(all);
        return c ? QStringLiteral("%1 flags").arg(c->size()) : c.error();
    });
    time(QStringLiteral("counts per policy"), [&]() {
        auto c = queue.countsByPolicy(all);
        return c ? QStringLiteral("%1 policies").arg(c->size()) : c.error();
    });
    time(QStringLiteral("page 5,000 rows deep"), [&]() {
        std::optional<review::QueueCursor> after;
        for (int i = 0; i < 25; ++i) {
            auto p = queue.page(all, bySince, after, 200);
            if (!p)
                return p.error();
            after = p->next;
        }
        return QStringLiteral("25 pages");
    });
    time(QStringLiteral("overdue count"), [&]() {
        auto c = queue.overdueCount();
        return c ? QStringLiteral("%1 cases").arg(c.value()) : c.error();
    });
    review::ClaimService claims(db);
    time(QStringLiteral("claim-next"), [&]() {
        auto c = claims.claimNext();
        return c ? (c.value() ? QStringLiteral("award %1").arg(c.value()->id) : QStringLiteral("none")) : c.error();
    });
    time(QStringLiteral("claim-next (policy)"), [&]() {
        auto c = claims.claimNext(QStringLiteral("POLICY-7"));
        return c ? (c.value() ? QStringLiteral("award %1").arg(c.value()->id) : QStringLiteral("none")) : c.error();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString pg;
    if (const qsizetype i = args.indexOf(QStringLiteral("--pg")); i >= 0 && i + 1 < args.size()) {
        pg = args.at(i + 1);
        args.remove(i, 2);
    }
    const qint64 n = args.isEmpty() ? 1000000 : args.first().toLongLong();
    const qint64 decisions = qMin<qint64>(n, 100000);
    if (n <= 0) {
        out << "usage: bench_review [N] [--pg postgresql://...]" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    {
        auto db = store::Database::open(store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("bench.sqlite"))));
        if (!db || !store::Migrator(*db.value()).migrate()) {
            out << "cannot make the SQLite database" << Qt::endl;
            return 1;
        }
        bench(*db.value(), n, QStringLiteral("SQLite"));
    }
    {
        auto db = store::Database::open(store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("apply.sqlite"))));
        if (db && store::Migrator(*db.value()).migrate())
            benchApply(*db.value(), decisions, QStringLiteral("SQLite"));
    }
    if (!pg.isEmpty()) {
        qputenv("MIANSHEN_TEST_PG", pg.toUtf8());
        testing::PostgresTestDatabase server;
        if (!server.create()) {
            out << "cannot create a PostgreSQL database: " << server.error() << Qt::endl;
            return 1;
        }
        auto db = store::Database::open(server.spec());
        if (!db || !store::Migrator(*db.value()).migrate()) {
            out << "cannot migrate the PostgreSQL database" << Qt::endl;
            return 1;
        }
        bench(*db.value(), n, QStringLiteral("PostgreSQL"));
        testing::PostgresTestDatabase second;
        if (second.create()) {
            auto db2 = store::Database::open(second.spec());
            if (db2 && store::Migrator(*db2.value()).migrate())
                benchApply(*db2.value(), decisions, QStringLiteral("PostgreSQL"));
        }
    }
    return 0;
}
