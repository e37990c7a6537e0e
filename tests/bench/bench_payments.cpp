// bench_payments [--awards N] [--ledger M] [--db PATH|postgresql://...] [--continue]
//
// 1. A month with N approved awards (default 100,000), each subject with a
//    bank account: the batch is created, approved (by a second actor) and
//    exported to CSV and .xlsx; each step timed (targets: 5 s on SQLite,
//    10 s on PostgreSQL for create + approve + export); then sent, and the
//    bank's return file (every payment paid) imported, timed.
// 2. A ledger of M payments (default 0 = skipped; the target scale is
//    10,000,000), built by the batch builder month after month with N awards
//    a month (the real path, schema and triggers; the month's awards are then
//    marked paid directly, so the ledger's payments stay 'created'; progress
//    every 10 batches). Then one more month of N awards is timed as in 1, on
//    the full ledger, and the Payments page's reads (the batch list, a
//    batch's first page of 200, a page filtered by status) are timed
//    (target: 300 ms), and the Payments page as it opens: the batch list
//    and a batch's payments through the page's PagedTableModels (first page
//    and count, each on its worker thread with its own connection), the
//    budget figures, the recovery list and the retry figures.
//    Example: bench_payments --awards 100000 --ledger 1000000
// --continue goes on with the ledger an earlier run left in the --db database
// (more months up to M payments, then the timed month and the page's reads),
// e.g. to measure a change of the ledger's code on a filled ledger.
// Without --db a SQLite file in a temporary folder is used. On PostgreSQL
// the URL's role must be allowed to CREATE ROLE (for the second actor).

#include "ledger/BankFileWriter.h"
#include "ledger/BatchApproval.h"
#include "ledger/BatchBuilder.h"
#include "ledger/BatchDispatch.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/PaymentTables.h"
#include "ledger/BudgetStatus.h"
#include "ledger/LedgerQueries.h"
#include "ledger/RecoveryService.h"
#include "ledger/ReturnFileReader.h"
#include "domain/Money.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace mianshen;

namespace {

void die(const QString &message)
{
    std::fprintf(stderr, "bench_payments: %s\n", qPrintable(message));
    std::exit(1);
}

void exec(store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        die(q.lastError().text() + QStringLiteral(" in ") + sql.left(120));
}

// Awards of `period` for subjects first..first+n-1 (a plain INSERT ... SELECT over a counter).
void addAwards(store::Database &db, const QString &period, qint64 n)
{
    const QString counter = db.dialect() == store::Dialect::Postgres
        ? QStringLiteral("(SELECT generate_series(0, %1) AS n) s").arg(n - 1)
        : QStringLiteral("(WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n < %1) SELECT n FROM c) s").arg(n - 1);
    db.beginWrite();
    exec(db, QStringLiteral("INSERT INTO awards (policy_code, policy_version, subject_id, period, amount_fen, status, created_at) "
                            "SELECT 'BENCH', 1, 'S' || CAST(s.n AS TEXT), '%1', 100000 + (s.n % 900) * 100, 'approved', "
                            "'2026-01-01T00:00:00Z' FROM %2").arg(period, counter));
    if (!db.commit())
        die(db.lastError());
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Every approved award becomes paid (what the bank's returns do), so that the
// next month's batch pays only the next month's awards.
void markPaid(store::Database &db)
{
    db.beginWrite();
    exec(db, QStringLiteral("UPDATE awards SET status = 'paid' WHERE status = 'approved'"));
    if (!db.commit())
        die(db.lastError());
}

struct TimedMonth
{
    qint64 batchId = 0;
    qint64 payments = 0;
};

// A month of n approved awards: the batch created, approved (by the second
// actor) and exported to CSV and .xlsx, each step timed.
TimedMonth timedMonth(store::Database &db, store::Database &approver, const QString &period, qint64 n,
                      const QTemporaryDir &dir, const QString &label)
{
    addAwards(db, period, n);
    qputenv("USER", "bench_clerk");
    QElapsedTimer t;
    t.start();
    auto built = ledger::BatchBuilder(db).build(period);
    if (!built)
        die(built.error());
    const double buildMs = ms(t);
    qputenv("USER", "bench_approver");
    t.restart();
    auto approved = ledger::BatchApproval(approver).approve(built->batchId);
    if (!approved)
        die(approved.error());
    const double approveMs = ms(t);
    t.restart();
    auto loaded = ledger::BankFileWriter(db).load(built->batchId);
    const double loadMs = ms(t);
    t.restart();
    if (!loaded)
        die(loaded.error());
    const QString stem = dir.filePath(QStringLiteral("batch%1").arg(built->batchId));
    if (const auto written = ledger::BankFileWriter::writeCsv(loaded.value(), stem + QStringLiteral("-probe.csv")); !written)
        die(written.error());
    std::printf("export parts: read %.0f ms, CSV written %.0f ms\n", loadMs, ms(t));
    t.restart();
    auto csv = ledger::BatchDispatch(db).exportTo(built->batchId, stem + QStringLiteral(".csv"));
    if (!csv)
        die(csv.error());
    const double csvMs = ms(t);
    t.restart();
    auto xlsx = ledger::BatchDispatch(db).exportTo(built->batchId, stem + QStringLiteral(".xlsx"));
    if (!xlsx)
        die(xlsx.error());
    const double xlsxMs = ms(t);
    std::printf("%s %lld awards: batch created %.0f ms, approved %.0f ms, CSV export %.0f ms "
                "(total %.0f ms); .xlsx export %.0f ms\n",
                qPrintable(label), (long long)built->paymentCount, buildMs, approveMs, csvMs, buildMs + approveMs + csvMs,
                xlsxMs);
    qputenv("USER", "bench_clerk");
    return {built->batchId, built->paymentCount};
}

// The exported batch sent, and the bank's return file (every payment paid)
// imported, each timed: the statistics' triggers follow the paid payments.
void timedReturns(store::Database &db, qint64 batchId, const QTemporaryDir &dir, const QString &label)
{
    QElapsedTimer t;
    t.start();
    if (auto sent = ledger::BatchDispatch(db).markSent(batchId); !sent)
        die(sent.error());
    const double sentMs = ms(t);
    const QString path = dir.filePath(QStringLiteral("returns%1.csv").arg(batchId));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        die(file.errorString());
    file.write("reference,amount,result,reason\n");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, amount_fen FROM payments WHERE batch_id = ? ORDER BY id"));
    q.addBindValue(batchId);
    if (!q.exec())
        die(q.lastError().text());
    qint64 lines = 0;
    while (q.next()) {
        file.write(QStringLiteral("%1,%2,paid,\n").arg(q.value(0).toLongLong())
                       .arg(domain::Money::fromFen(q.value(1).toLongLong()).toYuanString()).toUtf8());
        ++lines;
    }
    file.close();
    t.restart();
    auto imported = ledger::ReturnFileReader(db).importFile(path);
    if (!imported)
        die(imported.error());
    std::printf("%s: batch sent %.0f ms; return file of %lld lines (all paid) imported %.0f ms, batch %s\n",
                qPrintable(label), sentMs, (long long)lines, ms(t),
                imported->reconciled ? "reconciled" : "not reconciled");
}

// A PagedTableModel as the page makes it: milliseconds to its first page and
// to its count.
std::pair<double, double> timeModel(const store::ConnectionSpec &spec, itemmodels::TableSource source,
                                    const itemmodels::PagedTableModel::Start &start)
{
    QElapsedTimer t;
    t.start();
    itemmodels::PagedTableModel model(spec, std::move(source), start);
    double first = -1, count = -1;
    QEventLoop loop;
    QObject::connect(&model, &itemmodels::PagedTableModel::loadingChanged, &loop, [&](bool loading) {
        if (loading)
            return;
        if (first < 0)
            first = ms(t);
        if (count >= 0)
            loop.quit();
    });
    QObject::connect(&model, &itemmodels::PagedTableModel::totalRowsChanged, &loop, [&] {
        count = ms(t);
        if (first >= 0)
            loop.quit();
    });
    QObject::connect(&model, &itemmodels::PagedTableModel::errorOccurred, &loop, [](const QString &e) { die(e); });
    QTimer::singleShot(300000, &loop, [] { die(QStringLiteral("the page did not load in 5 minutes")); });
    loop.exec();
    return {first, count};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption awardsOption(QStringLiteral("awards"), QStringLiteral("Approved awards in the month."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption ledgerOption(QStringLiteral("ledger"), QStringLiteral("Payments in the ledger for the page reads."), QStringLiteral("M"), QStringLiteral("0"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite file or postgresql:// URL (an empty database)."), QStringLiteral("DB"));
    const QCommandLineOption continueOption(QStringLiteral("continue"),
                                            QStringLiteral("Go on with the ledger an earlier run left in --db."));
    parser.addOptions({awardsOption, ledgerOption, dbOption, continueOption});
    parser.process(app);
    const qint64 n = parser.value(awardsOption).toLongLong();
    const qint64 m = parser.value(ledgerOption).toLongLong();
    QTemporaryDir dir;
    const QString where = parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(QStringLiteral("bench.sqlite"));
    auto spec = store::ConnectionSpec::parse(where);
    if (!spec)
        die(spec.error());
    auto opened = store::Database::open(spec.value());
    if (!opened)
        die(opened.error());
    store::Database &db = *opened.value();
    if (auto s = store::Migrator(db).migrate(); !s)
        die(s.error());
    const bool pg = db.dialect() == store::Dialect::Postgres;
    std::printf("bench_payments: %s, %lld awards a month, ledger %lld payments\n", pg ? "PostgreSQL" : "SQLite",
                (long long)n, (long long)m);

    // --continue: the database holds an earlier run's ledger; its months go on.
    qint64 startBatches = 0;
    if (parser.isSet(continueOption)) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM payment_batches")) || !q.next())
            die(q.lastError().text());
        startBatches = q.value(0).toLongLong();
        if (startBatches == 0)
            die(QStringLiteral("--continue: the database holds no batch of an earlier run"));
    } else {
        exec(db, QStringLiteral("INSERT INTO published_policies (policy_code, version, subject_kind, schedule, effective_from, source, "
                                "sha256, published_at, published_by) VALUES ('BENCH', 1, 'person', 'monthly', '2020-01', "
                                "'{\"payment\": {\"second_approval_above_yuan\": \"1000000000.00\"}}', "
                                "'%1', '2020-01-01T00:00:00Z', 'bench')").arg(QString(64, QLatin1Char('0'))));
        const QString counter = pg ? QStringLiteral("(SELECT generate_series(0, %1) AS n) s").arg(n - 1)
                                   : QStringLiteral("(WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n < %1) SELECT n FROM c) s").arg(n - 1);
        db.beginWrite();
        exec(db, QStringLiteral("INSERT INTO bank_accounts (subject_id, bank_name, account_no, account_name, verified, updated_date, import_id) "
                                "SELECT 'S' || CAST(s.n AS TEXT), '中国工商银行', '62220200' || CAST(10000000 + s.n AS TEXT), '张三', 1, '2026-01-01', 1 FROM %1")
                     .arg(counter));
        db.commit();
    }

    // A second actor for the approval.
    std::unique_ptr<store::Database> approverDb;
    store::Database *approver = &db;
    if (pg) {
        const QString role = QStringLiteral("bench_approver_%1").arg(QRandomGenerator::global()->generate() % 100000);
        exec(db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'bench'").arg(role));
        exec(db, QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(role));
        exec(db, QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role));
        store::ConnectionSpec s = spec.value();
        s.user = role;
        s.password = QStringLiteral("bench");
        auto a = store::Database::open(s);
        if (!a)
            die(a.error());
        approverDb = std::move(a.value());
        approver = approverDb.get();
    }

    int month = 0;
    auto periodOf = [](int i) { return QStringLiteral("%1-%2").arg(2030 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0')); };
    TimedMonth first;
    if (startBatches == 0) {
        first = timedMonth(db, *approver, periodOf(month), n, dir, QStringLiteral("month of"));
        timedReturns(db, first.batchId, dir, QStringLiteral("month of %1 awards").arg(n));
    } else {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT MIN(id), (SELECT COUNT(*) FROM payments) FROM payment_batches")) || !q.next())
            die(q.lastError().text());
        first = {q.value(0).toLongLong(), q.value(1).toLongLong()};
        month = int(startBatches) - 1;
        std::printf("continuing a ledger of %lld payments in %lld batches\n", (long long)first.payments,
                    (long long)startBatches);
    }

    // The ledger: more months until it holds M payments, each through the
    // batch builder (the awards of the month before are marked paid, as the
    // bank's returns would).
    qint64 payments = first.payments;
    qputenv("USER", "bench_clerk");
    QElapsedTimer t;
    t.start();
    QElapsedTimer stretch;
    stretch.start();
    while (payments < m) {
        ++month;
        markPaid(db);
        addAwards(db, periodOf(month), qMin(n, m - payments));
        auto more = ledger::BatchBuilder(db).build(periodOf(month));
        if (!more)
            die(more.error());
        payments += more->paymentCount;
        if (month % 10 == 0) {
            std::printf("  ledger %lld payments in %d batches: the last 10 batches %.0f s\n", (long long)payments, month + 1,
                        ms(stretch) / 1000);
            stretch.restart();
        }
    }
    if (m > 0) {
        if (month + 1 > startBatches)
            std::printf("ledger filled to %lld payments in %d batches: %.0f s\n", (long long)payments, month + 1, ms(t) / 1000);
        // One more month of N awards, timed again on the full ledger.
        markPaid(db);
        const auto last = timedMonth(db, *approver, periodOf(++month), n, dir,
                                     QStringLiteral("on a ledger of %1 payments, month of").arg(payments));
        timedReturns(db, last.batchId, dir, QStringLiteral("on a ledger of %1 payments, month of %2 awards").arg(payments).arg(n));
        payments += last.payments;
    }
    const qint64 firstBatch = first.batchId;
    if (pg)
        exec(db, QStringLiteral("ANALYZE"));
    else
        exec(db, QStringLiteral("ANALYZE"));
    ledger::LedgerQueries queries(db);
    t.restart();
    auto list = queries.batches({}, 100);
    const double listMs = ms(t);
    if (!list || list->isEmpty())
        die(QStringLiteral("no batches"));
    t.restart();
    auto page = queries.payments(firstBatch, 0, 200);
    const double pageMs = ms(t);
    t.restart();
    auto next = queries.payments(firstBatch, page->isEmpty() ? 0 : page->last().id, 200);
    const double nextMs = ms(t);
    t.restart();
    auto filtered = queries.payments(firstBatch, 0, 200, QStringLiteral("failed"));
    const double filteredMs = ms(t);
    std::printf("Payments page on %lld payments: batch list %.1f ms, first page of batch %lld %.1f ms (%lld rows), "
                "next page %.1f ms, filtered by status %.1f ms\n",
                (long long)payments, listMs, (long long)firstBatch, pageMs, (long long)page->size(), nextMs, filteredMs);
    Q_UNUSED(next) Q_UNUSED(filtered)

    // The Payments page as it opens and as a batch is chosen.
    itemmodels::PagedTableModel::Start newestFirst;
    newestFirst.sortColumn = 0;
    newestFirst.order = Qt::DescendingOrder;
    const auto batchList = timeModel(spec.value(), itemmodels::PaymentTables::batches(), newestFirst);
    itemmodels::PagedTableModel::Start oneBatch;
    oneBatch.filters = {{1, QStringLiteral("=%1").arg(firstBatch)}};
    const auto batchPage = timeModel(spec.value(), itemmodels::PaymentTables::payments(), oneBatch);
    oneBatch.filters.append({6, QStringLiteral("=failed")});
    const auto failedPage = timeModel(spec.value(), itemmodels::PaymentTables::payments(), oneBatch);
    t.restart();
    auto budgets = ledger::BudgetStatus(db).load();
    const double budgetMs = ms(t);
    if (!budgets)
        die(budgets.error());
    t.restart();
    auto recoveries = ledger::RecoveryService(db).list();
    const double recoveriesMs = ms(t);
    t.restart();
    auto retry = queries.retryFigures();
    const double retryMs = ms(t);
    if (!recoveries || !retry)
        die(QStringLiteral("side panels failed"));
    std::printf("Payments page models on %lld payments: batch list first page %.1f ms, count %.1f ms; "
                "batch %lld payments first page %.1f ms, count %.1f ms; filtered by status first page %.1f ms, count %.1f ms\n",
                (long long)payments, batchList.first, batchList.second, (long long)firstBatch, batchPage.first,
                batchPage.second, failedPage.first, failedPage.second);
    std::printf("Payments page panels: budget figures %.1f ms (%lld policies), recovery list %.1f ms, retry figures %.1f ms\n",
                budgetMs, (long long)budgets->size(), recoveriesMs, retryMs);
    return 0;
}
