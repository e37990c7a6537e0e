// Matching benchmark (a program, not a timed test): one period, from an
// opened database to committed decisions, on the database given with --db
// (a SQLite file or a postgresql:// URL prepared by scripts/bench-matching).
// Prints the time split into load (read / build), evaluate and write,
// subject-policy evaluations per second, peak memory, then a re-run with
// nothing changed, then two policies written by hand as plain SQL over the
// same tables (with indexes that serve them), timed against the engine.

#include "catalog/FeedCatalog.h"
#include "domain/Month.h"
#include "matching/MatchingRun.h"
#include "matching/PolicyRepository.h"
#include "matching/SnapshotLoader.h"
#include "rules/Policy.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <optional>
#include <vector>

using namespace mianshen;

namespace {

QTextStream out(stdout);

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// The PATENT-INVENTION item by hand: active enterprises registered in the
// zone, not on the serious-dishonesty list at the period's end, with valid
// invention patents granted in the period: 5,000 yuan each, at most what is
// left of 200,000 yuan this year (payment_history counted).
QString patentSql(bool postgres)
{
    return QString(QStringLiteral(
        "SELECT e.credit_code, MIN(COUNT(*) * 500000, 20000000 - COALESCE((SELECT SUM(h.amount_fen) FROM payment_history h "
        "  WHERE h.policy_code = 'PATENT-INVENTION' AND h.subject_id = e.credit_code AND substr(h.period, 1, 4) = substr(:period, 1, 4)), 0)) "
        "FROM enterprises e JOIN patents p ON p.patentee_credit_code = e.credit_code "
        "WHERE e.status = 'active' AND e.registered_area = '441200-GX' "
        "  AND p.kind = 'invention' AND p.status = 'valid' AND substr(p.grant_date, 1, 7) = :period "
        "  AND NOT EXISTS (SELECT 1 FROM credit_records c WHERE c.subject_id = e.credit_code AND c.list = 'serious_dishonesty' "
        "       AND c.listed_date <= :last AND COALESCE(c.removed_date, '9999-12-31') > :last) "
        "GROUP BY e.credit_code")).replace(QStringLiteral("MIN(COUNT"), postgres ? QStringLiteral("LEAST(COUNT") : QStringLiteral("MIN(COUNT"));
}

// The TALENT-LIVING subsidy by hand (its main conditions): new arrivals
// whose zone pension months end in an unbroken run of at least 6 months up to
// the month before the period, first zone month not before 2021-01, alive,
// not public sector staff; the tier by degree (doctor / master / bachelor).
QString livingSql(bool postgres)
{
    const QString monthIndex = postgres ? QStringLiteral("(CAST(substr(s.month, 1, 4) AS INTEGER) * 12 + CAST(substr(s.month, 6, 2) AS INTEGER))")
                                        : QStringLiteral("(CAST(substr(s.month, 1, 4) AS INTEGER) * 12 + CAST(substr(s.month, 6, 2) AS INTEGER))");
    return QStringLiteral(
        "WITH z AS (SELECT s.id_number, %1 AS m FROM social_insurance s "
        "           WHERE s.insurance_type = 'pension' AND s.paid_area = '441200-GX' GROUP BY s.id_number, %1), "
        "g AS (SELECT id_number, m, m - ROW_NUMBER() OVER (PARTITION BY id_number ORDER BY m) AS grp FROM z WHERE m <= :pm - 1), "
        "streak AS (SELECT id_number, COUNT(*) AS n, MAX(m) AS last FROM g GROUP BY id_number, grp), "
        "first AS (SELECT id_number, MIN(m) AS first FROM z GROUP BY id_number) "
        "SELECT p.id_number, CASE WHEN EXISTS (SELECT 1 FROM education e WHERE e.id_number = p.id_number AND e.level = 'doctor') THEN 300000 "
        "  WHEN EXISTS (SELECT 1 FROM education e WHERE e.id_number = p.id_number AND e.level = 'master') THEN 200000 "
        "  WHEN EXISTS (SELECT 1 FROM education e WHERE e.id_number = p.id_number AND e.level = 'bachelor') THEN 100000 ELSE 0 END "
        "FROM persons p JOIN streak st ON st.id_number = p.id_number AND st.last = :pm - 1 AND st.n >= 6 "
        "JOIN first f ON f.id_number = p.id_number AND f.first >= 2021 * 12 + 1 "
        "WHERE NOT EXISTS (SELECT 1 FROM death_records d WHERE d.id_number = p.id_number AND d.death_date < :first) "
        "  AND NOT EXISTS (SELECT 1 FROM public_sector_staff ps WHERE ps.id_number = p.id_number AND ps.since_date <= :last "
        "       AND COALESCE(ps.until_date, '9999-12-31') >= :first)").arg(monthIndex);
}

qint64 timeQuery(store::Database &db, const QString &sql, const QString &period, qint64 &rows)
{
    const auto month = domain::Month::parse(period);
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    const QString first = month->firstDay().toString(Qt::ISODate);
    const QString last = month->lastDay().toString(Qt::ISODate);
    if (sql.contains(QLatin1String(":pm")))
        q.bindValue(QStringLiteral(":pm"), month->year() * 12 + month->month());
    if (sql.contains(QLatin1String(":period")))
        q.bindValue(QStringLiteral(":period"), period);
    if (sql.contains(QLatin1String(":first")))
        q.bindValue(QStringLiteral(":first"), first);
    if (sql.contains(QLatin1String(":last")))
        q.bindValue(QStringLiteral(":last"), last);
    rows = 0;
    if (!q.exec()) {
        out << "  query failed: " << q.lastError().text() << Qt::endl;
        return -1;
    }
    while (q.next())
        ++rows;
    return t.elapsed();
}

// Deletes every run of the period (their decisions, summaries and counts go
// with them), so that the next run decides the whole month again.
bool forgetPeriod(store::Database &db, const QString &period)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM matching_runs WHERE period = ?"));
    q.addBindValue(period);
    if (!q.exec()) {
        out << "cannot delete the period's runs: " << q.lastError().text() << Qt::endl;
        return false;
    }
    return true;
}

// What the run's decisions store: the explanation column's bytes (average,
// largest, total) and the bytes of every column of the rows.
void printStoredBytes(store::Database &db, qint64 runId)
{
    const bool pg = db.dialect() == store::Dialect::Postgres;
    const QString bytes = pg ? QStringLiteral("octet_length(%1)") : QStringLiteral("length(CAST(%1 AS BLOB))");
    auto of = [&](const char *column) { return bytes.arg(QLatin1String(column)); };
    const QString row = QStringList{of("policy_code"), of("subject_id"), of("period"), of("change"), QStringLiteral("COALESCE(%1, 0)").arg(of("outcome")),
                                    of("flags"), of("explanation"), QStringLiteral("32")}.join(QLatin1Char('+'));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*), AVG(%1), MAX(%1), SUM(%1), SUM(%2) FROM decisions WHERE run_id = ?")
                  .arg(of("explanation"), row));
    q.addBindValue(runId);
    if (!q.exec() || !q.next()) {
        out << "cannot measure the stored decisions: " << q.lastError().text() << Qt::endl;
        return;
    }
    out << "stored: " << q.value(0).toLongLong() << " decisions; explanation bytes per decision: average "
        << qint64(q.value(1).toDouble() + 0.5) << ", largest " << q.value(2).toLongLong() << ", total " << q.value(3).toLongLong()
        << "; whole rows (values + 32 bytes of integers) " << q.value(4).toLongLong() << " bytes" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("PATH_OR_URL"));
    const QCommandLineOption periodOption(QStringLiteral("period"), QStringLiteral("month"), QStringLiteral("YYYY-MM"), QStringLiteral("2021-09"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("threads"), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption noSqlOption(QStringLiteral("no-sql"), QStringLiteral("skip the hand-written SQL"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("forced runs, one after the other (their spread is printed)"),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption loadOnlyOption(QStringLiteral("load-only"),
                                            QStringLiteral("only load the snapshot of the published policies (no run)"));
    const QCommandLineOption rewriteOption(QStringLiteral("rewrite"),
                                           QStringLiteral("delete the period's runs before each run, so every run writes the "
                                                          "whole month's decisions (times the write phase; prints the bytes stored)"));
    parser.addOptions({dbOption, periodOption, threadsOption, noSqlOption, loadOnlyOption, runsOption, rewriteOption});
    parser.addHelpOption();
    parser.process(app);
    auto spec = store::ConnectionSpec::parse(parser.value(dbOption));
    if (!spec) {
        out << spec.error() << Qt::endl;
        return 1;
    }
    QElapsedTimer openTimer;
    openTimer.start();
    auto db = store::Database::open(spec.value());
    if (!db) {
        out << db.error() << Qt::endl;
        return 1;
    }
    if (auto migrated = store::Migrator(*db.value()).migrate(); !migrated) {   // a database of an older build
        out << migrated.error() << Qt::endl;
        return 1;
    }
    const bool pg = db.value()->dialect() == store::Dialect::Postgres;
    out << "bench_matching on " << (pg ? "PostgreSQL " : "SQLite ") << spec->displayName() << ", period "
        << parser.value(periodOption) << Qt::endl;

    if (parser.isSet(loadOnlyOption)) {
        matching::PolicyRepository repo(*db.value(), catalog::FeedCatalog::builtin());
        auto published = repo.effectiveFor(parser.value(periodOption));
        if (!published) {
            out << published.error() << Qt::endl;
            return 1;
        }
        std::vector<std::shared_ptr<rules::Policy>> policies;
        std::vector<const rules::Policy *> reading;
        std::vector<rules::ColumnUse> uses;
        for (const auto &p : published.value()) {
            auto policy = repo.load(p);
            if (!policy) {
                out << policy.error() << Qt::endl;
                return 1;
            }
            for (const auto &u : policy.value()->columnUses)
                if (std::find(uses.begin(), uses.end(), u) == uses.end())
                    uses.push_back(u);
            reading.push_back(policy.value().get());
            policies.push_back(policy.value());
        }
        const int threads = parser.value(threadsOption).toInt() > 0 ? parser.value(threadsOption).toInt()
                                                                     : QThread::idealThreadCount();
        matching::SnapshotLoader loader(*db.value(), catalog::FeedCatalog::builtin());
        loader.setThreads(threads);
        loader.setRecordFilters(reading, domain::Month::parse(parser.value(periodOption))->index());
        QElapsedTimer lt;
        lt.start();
        auto snapshot = loader.load(uses);
        if (!snapshot) {
            out << snapshot.error() << Qt::endl;
            return 1;
        }
        out << "load only (" << policies.size() << " policies, " << threads << " threads): " << lt.elapsed()
            << " ms (read " << loader.stats().readMs << ", build " << loader.stats().buildMs << ", " << loader.stats().rows
            << " rows); peak memory " << peakRssMb() << " MB" << Qt::endl;
        return 0;
    }

    matching::MatchingRun run(*db.value(), catalog::FeedCatalog::builtin());
    matching::RunRequest request{parser.value(periodOption), {}, QStringLiteral("bench"), parser.value(threadsOption).toInt(), true};
    QElapsedTimer t;
    std::optional<matching::RunResult> first;
    qint64 wall = 0;
    std::vector<qint64> walls;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    for (int i = 0; i < runs; ++i) {
        if (parser.isSet(rewriteOption) && !forgetPeriod(*db.value(), request.period))
            return 1;
        t.start();
        auto result = run.execute(request);
        const qint64 ms = t.elapsed();
        if (!result) {
            out << "run failed: " << result.error() << Qt::endl;
            return 1;
        }
        const matching::RunRecord &r = result->run;
        out << "engine run (forced): " << ms << " ms wall; load " << r.loadMs << " ms (read " << result->readMs << ", build "
            << result->buildMs << ", " << result->snapshotRows << " rows), evaluate " << r.evaluateMs << " ms, write "
            << r.writeMs << " ms, " << r.decisionsWritten << " decisions written" << Qt::endl;
        if (parser.isSet(rewriteOption))
            printStoredBytes(*db.value(), r.id);
        walls.push_back(ms);
        if (!first) {
            first = std::move(result.value());
            wall = ms;
        }
    }
    if (runs > 1) {
        std::vector<qint64> sorted = walls;
        std::sort(sorted.begin(), sorted.end());
        out << "forced runs: " << runs << ", fastest " << sorted.front() << " ms, median " << sorted[sorted.size() / 2]
            << " ms, slowest " << sorted.back() << " ms" << Qt::endl;
    }
    const matching::RunRecord &r = first->run;
    out << "evaluations: " << r.evaluations << " subject-policy, "
        << (r.evaluateMs > 0 ? qint64(r.evaluations * 1000.0 / r.evaluateMs) : 0) << " per second; threads " << r.threads
        << Qt::endl;
    for (const auto &p : first->policies)
        out << "  " << p.policyCode << ": approved " << p.approved << ", flagged " << p.flagged << ", over budget "
            << p.overBudget << ", ineligible " << p.ineligible << Qt::endl;
    out << "peak memory: " << peakRssMb() << " MB" << Qt::endl;

    request.force = false;
    t.restart();
    auto again = run.execute(request);
    out << "re-run, nothing changed: " << t.elapsed() << " ms (" << (again && again->upToDate ? "up to date, nothing written" : "NOT up to date") << ")" << Qt::endl;

    if (!parser.isSet(noSqlOption)) {
        qint64 rows = 0;
        const qint64 patentMs = timeQuery(*db.value(), patentSql(pg), parser.value(periodOption), rows);
        out << "hand SQL PATENT-INVENTION: " << patentMs << " ms, " << rows << " rows" << Qt::endl;
        const qint64 livingMs = timeQuery(*db.value(), livingSql(pg), parser.value(periodOption), rows);
        out << "hand SQL TALENT-LIVING (main conditions): " << livingMs << " ms, " << rows << " rows" << Qt::endl;
        out << "engine end-to-end (all " << first->policies.size() << " policies) " << wall << " ms vs hand SQL for two policies "
            << (patentMs + livingMs) << " ms" << Qt::endl;
    }
    return 0;
}
