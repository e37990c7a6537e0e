// The Statistics page's figures at scale: builds a ledger of N paid payments
// over M months and P policies (through the ledger's schema, so that on
// SQLite the triggers maintain the totals as they would in use; see
// buildLedger for PostgreSQL), then times, for
// several ranges and policy sets, the page's aggregates
// (stats::FiguresLoader: totals per policy and month, the totals before the
// range, distinct subjects per policy, month and kind, departments, kinds,
// cumulative, budget burn; and the report sentence's figures), the distinct subjects
// of the range, a recount from the ledger for comparison, and drawing the
// four charts offscreen.
//
//   bench_stats N DATABASE [MONTHS] [POLICIES]
//   DATABASE: a SQLite file or a postgresql:// URL. An empty database is
//   filled first; one that holds a ledger already (an earlier run's) is
//   measured as it is, so that code changes can be timed again without
//   another fill. Defaults: 60 months, 20 policies.

#include "stats/DisbursementStore.h"
#include "stats/FiguresLoader.h"
#include "stats/ReportSentence.h"
#include "stats/SubjectCounter.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "ui/stats/StatsChartView.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace mianshen;

namespace {

QTextStream out(stdout);

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    std::exit(1);
}

void exec(QSqlQuery &q, const QString &sql, const QVariantList &values = {})
{
    if (!q.prepare(sql))
        die(q.lastError().text() + QStringLiteral(" in ") + sql.left(200));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        die(q.lastError().text() + QStringLiteral(" in ") + sql.left(200));
}

QString policyCode(int p)
{
    return QStringLiteral("BENCH-%1").arg(p, 2, 10, QLatin1Char('0'));
}

// The subjects of one month, written by the database itself (a recursive
// series of policies x slots), so that ten million payments take minutes:
// every fourth policy pays enterprises once (a new subject each month);
// the others pay persons monthly for 12, 24 or 36 months (slot i takes a
// new subject every stay months, staggered), and policies 2q and 2q+1 draw
// on the same persons, so that some are paid under two policies.
// Bound in this order: policies, slots, month index, slots, slots, period.
QString monthAwardsSql(const QString &now)
{
    const QString subject = QStringLiteral(
        "CASE WHEN s.p % 4 = 0 THEN 'E' || s.p || '-' || (s.m * CAST(? AS INTEGER) + s.i) "
        "ELSE 'P' || (s.p / 2) || '-' || (s.i + CAST(? AS INTEGER) * ((s.m + s.i) / (12 * (1 + s.p % 3)))) END");
    return QStringLiteral(
               "INSERT INTO awards (policy_code, subject_id, period, amount_fen, created_at, policy_version, status) "
               "WITH RECURSIVE pol(p) AS (SELECT 0 UNION ALL SELECT p + 1 FROM pol WHERE p + 1 < CAST(? AS INTEGER)), "
               "slot(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM slot WHERE i + 1 < CAST(? AS INTEGER)), "
               "s(p, i, m) AS (SELECT pol.p, slot.i, CAST(? AS INTEGER) FROM pol CROSS JOIN slot) "
               "SELECT 'BENCH-' || CASE WHEN s.p < 10 THEN '0' ELSE '' END || s.p, ")
        + subject
        + QStringLiteral(", CAST(? AS TEXT), 100000 + (s.i % 50) * 1000, '") + now + QStringLiteral("', 1, 'approved' FROM s");
}

void buildLedger(store::Database &db, bool postgres, qint64 n, int months, int policies)
{
    QSqlQuery q(db.connection());
    // PostgreSQL runs the row triggers at about 2,400 payments a second on
    // two cores (ten million: over an hour), so there the ledger is written
    // with the triggers off (a superuser's session_replication_role) and the
    // summary tables are then computed by DisbursementStore::rebuild (the
    // migrations' backfill statements, as an upgrade computes them). That
    // the triggers keep the same figures is tst_stats_figures' business.
    const bool triggersOff = postgres && q.exec(QStringLiteral("SET session_replication_role = replica"));
    if (postgres && !triggersOff)
        out << QStringLiteral("(not a superuser: the ledger is written through the triggers)") << Qt::endl;
    const domain::Month first = domain::Month::fromYearMonth(2020, 1);
    const qint64 perCell = std::max<qint64>(1, n / (qint64(months) * policies));
    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
    const QString awardsSql = monthAwardsSql(now);
    // The bench reads a month's awards back to pay them (the ledger's batch
    // builder has its own queries).
    if (!q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS bench_awards_period ON awards (period)")))
        die(q.lastError().text());
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    for (int m = 0; m < months; ++m) {
        const QString period = first.addMonths(m).toString();
        if (!db.beginWrite())
            die(db.lastError());
        exec(q, QStringLiteral("INSERT INTO payment_batches (period, created_by, created_at) VALUES (?, 'bench', ?) RETURNING id"),
             {period, now});
        q.next();
        const QVariant batchId = q.value(0);
        q.finish();
        exec(q, awardsSql, {policies, perCell, m, perCell, perCell, period});
        for (const bool enterprise : {true, false}) {
            exec(q, QStringLiteral("INSERT INTO payments (award_id, batch_id, policy_code, subject_id, subject_kind, period, "
                                   "award_period, amount_fen, account_name, bank_name, account_no, account_import_id, "
                                   "created_at, status, paid_at) SELECT a.id, ?, a.policy_code, a.subject_id, ?, a.period, "
                                   "a.period, a.amount_fen, 'name', 'bank', '6222020200112233445', 1, ?, ?, ? FROM awards a "
                                   "WHERE a.period = ? AND a.subject_id ")
                        + (enterprise ? QStringLiteral("LIKE 'E%'") : QStringLiteral("LIKE 'P%'"))
                        + QStringLiteral(" ORDER BY a.id"),
                 {batchId, enterprise ? QStringLiteral("enterprise") : QStringLiteral("person"), now,
                  triggersOff ? QStringLiteral("paid") : QStringLiteral("created"), triggersOff ? QVariant(now) : QVariant(),
                  period});
        }
        if (!triggersOff) {
            for (const char *status : {"exported", "sent"})
                exec(q, QStringLiteral("UPDATE payments SET status = ? WHERE batch_id = ?"), {QString::fromLatin1(status), batchId});
            exec(q, QStringLiteral("UPDATE payments SET status = 'paid', paid_at = ? WHERE batch_id = ?"), {now, batchId});
        }
        q.finish();
        if (!db.commit())
            die(db.lastError());
        written += perCell * policies;
        if ((m + 1) % 10 == 0)
            out << QStringLiteral("  month %1/%2: %3 payments, %4 s").arg(m + 1).arg(months).arg(written).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                << Qt::endl;
    }
    out << Qt::endl
        << QStringLiteral("built %1 paid payments in %2 s (%3 per second, awards and payments %4)")
               .arg(written)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
               .arg(qint64(written / std::max(0.001, timer.elapsed() / 1000.0)))
               .arg(triggersOff ? QStringLiteral("with the triggers off") : QStringLiteral("through the ledger's and the statistics' triggers"))
        << Qt::endl;
    if (triggersOff) {
        timer.restart();
        if (auto rebuilt = stats::DisbursementStore(db).rebuild(); !rebuilt)
            die(rebuilt.error());
        out << QStringLiteral("summary tables computed by DisbursementStore::rebuild in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            << Qt::endl;
        if (!q.exec(QStringLiteral("SET session_replication_role = origin")))
            die(q.lastError().text());
    }
}

// The distinct subjects (kind and id) paid in the filter, from the payments.
qint64 recountSubjects(store::Database &db, const stats::StatsFilter &filter)
{
    QString sql = QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT subject_kind, subject_id FROM payments "
                                 "WHERE status = 'paid' AND period BETWEEN ? AND ?");
    QVariantList values{filter.from.toString(), filter.to.toString()};
    if (!filter.policies.isEmpty()) {
        sql += QStringLiteral(" AND policy_code IN (") + QStringList(filter.policies.size(), QStringLiteral("?")).join(u',') + u')';
        for (const QString &p : filter.policies)
            values << p;
    }
    QSqlQuery q(db.connection());
    exec(q, sql + QStringLiteral(") d"), values);
    q.next();
    return q.value(0).toLongLong();
}

template <typename F>
double timeMs(F &&f, int repeat = 3)
{
    double best = 1e18;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        die(QStringLiteral("usage: bench_stats N DATABASE [MONTHS] [POLICIES]"));
    const qint64 n = args.at(1).toLongLong();
    const int months = args.size() > 3 ? args.at(3).toInt() : 60;
    const int policies = args.size() > 4 ? args.at(4).toInt() : 20;
    const bool postgres = args.at(2).startsWith(QLatin1String("postgres"));
    auto spec = postgres ? store::ConnectionSpec::parse(args.at(2)) : domain::Result<store::ConnectionSpec>(store::ConnectionSpec::sqlite(args.at(2)));
    if (!spec)
        die(spec.error());
    auto opened = store::Database::open(spec.value());
    if (!opened)
        die(opened.error());
    store::Database &db = *opened.value();
    if (auto s = store::Migrator(db).migrate(); !s)
        die(s.error());
    out << QStringLiteral("bench_stats: %1 payments, %2 months, %3 policies, %4").arg(n).arg(months).arg(policies)
               .arg(postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
        << Qt::endl;
    qint64 existing = 0;
    {
        QSqlQuery q(db.connection());
        exec(q, QStringLiteral("SELECT count(*) FROM payments"));
        q.next();
        existing = q.value(0).toLongLong();
    }
    if (existing == 0)
        buildLedger(db, postgres, n, months, policies);
    else
        out << QStringLiteral("measuring the ledger already in the database: %1 payments").arg(existing) << Qt::endl;
    if (postgres) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("ANALYZE"));
    }

    QList<stats::PolicyFacts> facts;
    for (int p = 0; p < policies; ++p) {
        stats::PolicyFacts f;
        f.code = policyCode(p);
        f.title = {f.code, f.code};
        f.department = {QStringLiteral("部门%1").arg(p % 5), QStringLiteral("Department %1").arg(p % 5)};
        f.subjectKind = p % 4 == 0 ? QStringLiteral("enterprise") : QStringLiteral("person");
        f.budgetFen = qint64(1) << 40;
        facts << f;
    }
    const domain::Month first = domain::Month::fromYearMonth(2020, 1);
    const domain::Month last = first.addMonths(months - 1);
    QStringList five;
    for (int p = 0; p < std::min(5, policies); ++p)
        five << policyCode(p * 3 % policies);
    struct Case
    {
        QString name;
        stats::StatsFilter filter;
    };
    const QList<Case> cases{
        {QStringLiteral("all months, all policies"), {first, last, {}}},
        {QStringLiteral("last 12 months, all policies"), {last.addMonths(-11), last, {}}},
        {QStringLiteral("one month, all policies"), {last, last, {}}},
        {QStringLiteral("middle 24 months, 1 policy"), {first.addMonths(months / 3), first.addMonths(months / 3 + 23), {policyCode(1)}}},
        {QStringLiteral("all months, 5 policies"), {first, last, five}},
        {QStringLiteral("middle 24 months, 5 policies"), {first.addMonths(months / 3), first.addMonths(months / 3 + 23), five}},
        {QStringLiteral("last 12 months, 2 policies"), {last.addMonths(-11), last, {policyCode(2), policyCode(3)}}},
    };
    out << QStringLiteral("%1 | %2 | %3 | %4 | %5")
               .arg(QStringLiteral("range").leftJustified(30), QStringLiteral("figures ms"), QStringLiteral("distinct subjects ms (3)"),
                    QStringLiteral("charts ms"), QStringLiteral("recount ms"))
        << Qt::endl;
    stats::DisbursementStore store(db);
    QList<ui::StatsChartView *> views;
    for (int k = 0; k < ui::DisbursementCharts::KindCount; ++k) {
        views << new ui::StatsChartView(ui::DisbursementCharts::Kind(k));
        views.last()->resize(1000, 500);
    }
    for (const Case &c : cases) {
        stats::DisbursementFigures figures;
        const double figuresMs = timeMs([&] {
            auto f = stats::FiguresLoader::load(db, c.filter, facts);
            if (!f)
                die(f.error());
            figures = f.value();
            // The page reads the report sentence's figures with them.
            if (auto sentence = stats::ReportSentence::figures(db, c.filter.to); !sentence)
                die(sentence.error());
            // Everything the page computes from them.
            (void)figures.byMonth();
            (void)figures.byPolicy();
            (void)figures.byDepartment();
            (void)figures.byKind();
            (void)figures.cumulativeNet();
            (void)figures.budgetBurn();
        });
        // The distinct subjects of the range: in all, enterprises, persons.
        qint64 subjects = 0;
        const double distinctMs = timeMs([&] {
            for (const QString &kind : {QString(), QStringLiteral("enterprise"), QStringLiteral("person")}) {
                auto counted = stats::SubjectCounter(db).total(c.filter, kind);
                if (!counted)
                    die(counted.error());
                if (kind.isEmpty())
                    subjects = counted.value();
            }
        }, 1);
        qint64 recounted = 0;
        const double distinctRecountMs = timeMs([&] { recounted = recountSubjects(db, c.filter); }, 1);
        if (recounted != subjects)
            die(QStringLiteral("%1: %2 distinct subjects, but %3 in the payments").arg(c.name).arg(subjects).arg(recounted));
        // The page keeps its four chart views and gives them new figures;
        // each kind timed apart (setFigures and drawing to an image).
        QList<double> kindMs;
        double chartsMs = 0;
        for (int k = 0; k < ui::DisbursementCharts::KindCount; ++k) {
            ui::StatsChartView *view = views.at(k);
            kindMs << timeMs([&] {
                view->setFigures(figures, rules::Language::Zh);
                (void)view->grab();
            }, 1);
            chartsMs += kindMs.last();
        }
        const double recountMs = timeMs([&] { (void)store.recountPolicyMonths(c.filter); }, 1);
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5   (%6 policy-months, %7 subjects (%13 ms recounted from the "
                              "payments), net %8; charts: bars %9, cumulative %10, budget %11, subjects %12 ms)")
                   .arg(c.name.leftJustified(30))
                   .arg(figuresMs, 10, 'f', 1)
                   .arg(distinctMs, 20, 'f', 1)
                   .arg(chartsMs, 9, 'f', 1)
                   .arg(recountMs, 10, 'f', 1)
                   .arg(figures.rows().size())
                   .arg(subjects)
                   .arg(figures.total().netFen())
                   .arg(kindMs.at(0), 0, 'f', 1)
                   .arg(kindMs.at(1), 0, 'f', 1)
                   .arg(kindMs.at(2), 0, 'f', 1)
                   .arg(kindMs.at(3), 0, 'f', 1)
                   .arg(distinctRecountMs, 0, 'f', 1)
            << Qt::endl;
    }
    qDeleteAll(views);
    return 0;
}
