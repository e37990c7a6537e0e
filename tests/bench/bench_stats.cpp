// The Statistics page's figures at scale: builds a ledger of N paid payments
// over M months and P policies (through the ledger's schema, so the 0008
// triggers maintain the totals as they would in use), then times, for
// several ranges and policy sets, the page's aggregates
// (stats::FiguresLoader: totals per policy and month, the totals before the
// range, departments, kinds, cumulative, budget burn), the distinct subjects
// of the range, a recount from the ledger for comparison, and drawing the
// four charts offscreen.
//
//   bench_stats N DATABASE [MONTHS] [POLICIES]
//   DATABASE: a SQLite file (created; must not exist) or a postgresql:// URL
//   of an empty database. Defaults: 60 months, 20 policies.

#include "stats/DisbursementStore.h"
#include "stats/FiguresLoader.h"
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

// Inserts rows with multi-row VALUES (bound parameters), chunk rows at a time.
void insertRows(QSqlQuery &q, const QString &head, int columns, const QList<QVariantList> &rows)
{
    constexpr int chunk = 100;
    for (int start = 0; start < rows.size(); start += chunk) {
        const int n = int(std::min<qsizetype>(chunk, rows.size() - start));
        QStringList groups;
        const QString group = u'(' + QStringList(columns, QStringLiteral("?")).join(u',') + u')';
        for (int i = 0; i < n; ++i)
            groups << group;
        QVariantList values;
        for (int i = 0; i < n; ++i)
            values += rows.at(start + i);
        exec(q, head + groups.join(u','), values);
    }
}

void buildLedger(store::Database &db, qint64 n, int months, int policies)
{
    QSqlQuery q(db.connection());
    const domain::Month first = domain::Month::fromYearMonth(2020, 1);
    const qint64 perCell = std::max<qint64>(1, n / (qint64(months) * policies));
    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
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
        QVariant batchId;
        exec(q, QStringLiteral("INSERT INTO payment_batches (period, created_by, created_at) VALUES (?, 'bench', ?) RETURNING id"),
             {period, now});
        q.next();
        batchId = q.value(0);
        q.finish();
        QList<QVariantList> awards;
        for (int p = 0; p < policies; ++p) {
            for (qint64 i = 0; i < perCell; ++i) {
                const QString subject = QStringLiteral("S%1").arg(i * 7 + p, 9, 10, QLatin1Char('0'));
                const qint64 fen = 100000 + (i % 50) * 1000;
                awards << QVariantList{policyCode(p), subject, period, fen, now, 1, QStringLiteral("approved")};
            }
        }
        insertRows(q, QStringLiteral("INSERT INTO awards (policy_code, subject_id, period, amount_fen, created_at, "
                                     "policy_version, status) VALUES "),
                   7, awards);
        // One payment per award of the month, in the month's batch (every
        // fourth policy pays enterprises).
        QStringList enterpriseCodes;
        for (int p = 0; p < policies; p += 4)
            enterpriseCodes << policyCode(p);
        for (const bool enterprise : {true, false}) {
            QVariantList values{batchId, enterprise ? QStringLiteral("enterprise") : QStringLiteral("person"), now, period};
            QStringList marks;
            for (const QString &code : std::as_const(enterpriseCodes)) {
                marks << QStringLiteral("?");
                values << code;
            }
            exec(q, QStringLiteral("INSERT INTO payments (award_id, batch_id, policy_code, subject_id, subject_kind, period, "
                                   "award_period, amount_fen, account_name, bank_name, account_no, account_import_id, "
                                   "created_at) SELECT a.id, ?, a.policy_code, a.subject_id, ?, a.period, a.period, "
                                   "a.amount_fen, 'name', 'bank', '6222020200112233445', 1, ? FROM awards a "
                                   "WHERE a.period = ? AND a.policy_code ")
                        + (enterprise ? QStringLiteral("IN (") : QStringLiteral("NOT IN (")) + marks.join(u',')
                        + QStringLiteral(") ORDER BY a.id"),
                 values);
        }
        for (const char *status : {"exported", "sent"})
            exec(q, QStringLiteral("UPDATE payments SET status = ? WHERE batch_id = ?"), {QString::fromLatin1(status), batchId});
        exec(q, QStringLiteral("UPDATE payments SET status = 'paid', paid_at = ? WHERE batch_id = ?"), {now, batchId});
        q.finish();
        if (!db.commit())
            die(db.lastError());
        written += perCell * policies;
        if ((m + 1) % 10 == 0)
            out << QStringLiteral("  month %1/%2: %3 payments, %4 s").arg(m + 1).arg(months).arg(written).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                << Qt::endl;
    }
    out << Qt::endl
        << QStringLiteral("built %1 paid payments in %2 s (%3 per second, awards and payments with the ledger's and the "
                          "statistics' triggers)")
               .arg(written)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
               .arg(qint64(written / std::max(0.001, timer.elapsed() / 1000.0)))
        << Qt::endl;
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
    if (!postgres && QFileInfo::exists(args.at(2)))
        die(QStringLiteral("%1 exists: give a new file.").arg(args.at(2)));
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
    buildLedger(db, n, months, policies);
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
        {QStringLiteral("all months, 5 policies"), {first, last, five}},
        {QStringLiteral("middle 24 months, 5 policies"), {first.addMonths(months / 3), first.addMonths(months / 3 + 23), five}},
    };
    out << QStringLiteral("%1 | %2 | %3 | %4 | %5")
               .arg(QStringLiteral("range").leftJustified(30), QStringLiteral("figures ms"), QStringLiteral("distinct subjects ms"),
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
            // Everything the page computes from them.
            (void)figures.byMonth();
            (void)figures.byPolicy();
            (void)figures.byDepartment();
            (void)figures.byKind();
            (void)figures.cumulativeNet();
            (void)figures.budgetBurn();
        });
        qint64 subjects = 0;
        const double distinctMs = timeMs([&] { subjects = store.distinctSubjects(c.filter).value(); }, 1);
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
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5   (%6 policy-months, %7 subjects, net %8; charts: bars %9, "
                              "cumulative %10, budget %11, subjects %12 ms)")
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
            << Qt::endl;
    }
    qDeleteAll(views);
    return 0;
}
