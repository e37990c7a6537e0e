// How fast the audit log takes rows and verifies its chain.
//
//   bench_audit DATABASE [ROWS] [PER_TRANSACTION]   (default 100000 rows, 1000 per transaction)
//
// DATABASE is a SQLite file (created and migrated if new; its audit log must
// be empty) or a postgresql:// URL of an empty, migrated database. Appends
// ROWS rows through appendAudit (PER_TRANSACTION rows per write transaction;
// 1 is the cost a single change pays), then verifies the whole chain, and
// prints rows per second for both.

#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "store/ConnectionSpec.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

using namespace mianshen;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_audit DATABASE [ROWS] [PER_TRANSACTION]\n";
        return 2;
    }
    const auto spec = store::ConnectionSpec::parse(args.at(1));
    const qint64 rows = args.size() > 2 ? args.at(2).toLongLong() : 100000;
    const int perTransaction = args.size() > 3 ? qMax(1, args.at(3).toInt()) : 1000;
    if (!spec || rows <= 0) {
        out << (spec ? QStringLiteral("ROWS must be above 0") : spec.error()) << '\n';
        return 2;
    }
    auto opened = store::Database::open(spec.value());
    if (!opened) {
        out << opened.error() << '\n';
        return 1;
    }
    store::Database &db = *opened.value();
    if (const auto migrated = store::Migrator(db).migrate(); !migrated) {
        out << migrated.error() << '\n';
        return 1;
    }
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !q.next() || q.value(0).toLongLong() != 0) {
            out << "the audit log of this database is not empty: use a new one\n";
            return 1;
        }
    }
    out << "database: " << spec->displayName() << "\n";

    QElapsedTimer timer;
    timer.start();
    audit::AuditEntry entry;
    entry.action = QStringLiteral("review.approve");
    entry.entity = QStringLiteral("award");
    entry.beforeJson = QStringLiteral("{\"status\":\"awaiting_review\",\"amount_fen\":50000,\"version\":1}");
    entry.afterJson = QStringLiteral("{\"status\":\"approved\",\"amount_fen\":50000,\"version\":2}");
    entry.actor = QStringLiteral("bench");
    for (qint64 done = 0; done < rows;) {
        if (!db.beginWrite()) {
            out << db.lastError() << '\n';
            return 1;
        }
        for (int i = 0; i < perTransaction && done < rows; ++i, ++done) {
            entry.entityId = QString::number(done + 1);
            entry.reason = done % 10 == 0 ? QStringLiteral("复核通过：材料齐全") : QString();
            if (const auto s = audit::appendAudit(db, entry); !s) {
                out << s.error() << '\n';
                return 1;
            }
        }
        if (!db.commit()) {
            out << db.lastError() << '\n';
            return 1;
        }
    }
    const double appendSeconds = timer.nsecsElapsed() / 1e9;
    out << QStringLiteral("append: %1 rows, %2 per transaction, %3 s, %4 rows/s\n")
               .arg(rows).arg(perTransaction).arg(appendSeconds, 0, 'f', 2).arg(rows / appendSeconds, 0, 'f', 0);
    out.flush();

    timer.restart();
    const auto report = audit::verifyAuditChain(db);
    const double verifySeconds = timer.nsecsElapsed() / 1e9;
    if (!report) {
        out << report.error() << '\n';
        return 1;
    }
    out << QStringLiteral("verify: %1 rows, %2 s, %3 rows/s: %4\n")
               .arg(report->rowsChecked).arg(verifySeconds, 0, 'f', 2)
               .arg(report->rowsChecked / verifySeconds, 0, 'f', 0).arg(report->message());
    return report->intact() ? 0 : 1;
}
