#include "itemmodels/DashboardFigures.h"

#include "catalog/FeedCatalog.h"
#include "itemmodels/ColumnFilter.h"
#include "review/ReviewQueue.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace mianshen::itemmodels {


domain::Result<QList<DashboardFigures::Figure>> DashboardFigures::read(store::Database &db)
{
    using R = domain::Result<QList<Figure>>;
    const QSqlDatabase connection = db.connection();
    const QStringList tables = connection.tables();
    QList<Figure> figures;
    QString error;

    // Runs "SELECT <count>[, <amount>[, <detail>]] ..." and adds a figure.
    auto add = [&](const QString &id, const QString &title, const QString &table, const QString &sql,
                   bool hasAmount, bool hasDetail) {
        if (!error.isEmpty() || !tables.contains(table))
            return;
        QSqlQuery query(connection);
        query.setForwardOnly(true);
        if (!query.exec(sql) || !query.next()) {
            error = query.lastError().text();
            return;
        }
        Figure f;
        f.id = id;
        f.title = title;
        f.count = query.value(0).toLongLong();
        if (hasAmount)
            f.amountFen = query.value(1).toLongLong();
        if (hasDetail)
            f.detail = query.value(hasAmount ? 2 : 1).toString();
        figures << f;
    };

    add(QStringLiteral("persons"), QCoreApplication::translate("DashboardFigures", "Persons"),
        QStringLiteral("persons"), QStringLiteral("SELECT COUNT(*) FROM persons"), false, false);
    add(QStringLiteral("enterprises"), QCoreApplication::translate("DashboardFigures", "Enterprises"),
        QStringLiteral("enterprises"), QStringLiteral("SELECT COUNT(*) FROM enterprises"), false, false);

    // Feeds holding any rows (EXISTS is cheap even on the biggest feed).
    int withData = 0;
    int known = 0;
    for (const catalog::Feed &feed : catalog::FeedCatalog::builtin().feeds()) {
        if (!tables.contains(feed.name))
            continue;
        ++known;
        QSqlQuery query(connection);
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT 1 FROM ") + ColumnFilter::quoteIdentifier(feed.name)
                       + QStringLiteral(" LIMIT 1"))
            && query.next())
            ++withData;
    }
    if (known > 0) {
        Figure f;
        f.id = QStringLiteral("feeds");
        f.title = QCoreApplication::translate("DashboardFigures", "Feeds with data");
        f.count = withData;
        f.detail = QString::number(known); // how many feeds there are
        figures << f;
    }
    add(QStringLiteral("imports"), QCoreApplication::translate("DashboardFigures", "Imports"),
        QStringLiteral("import_history"),
        QStringLiteral("SELECT COUNT(*), COALESCE(MAX(finished_at), '') FROM import_history WHERE result = 'imported'"),
        false, true);
    add(QStringLiteral("policies"), QCoreApplication::translate("DashboardFigures", "Published policies"),
        QStringLiteral("published_policies"),
        QStringLiteral("SELECT COUNT(DISTINCT policy_code) FROM published_policies WHERE status = 'published'"),
        false, false);
    add(QStringLiteral("runs"), QCoreApplication::translate("DashboardFigures", "Completed matching runs"),
        QStringLiteral("matching_runs"),
        QStringLiteral("SELECT COUNT(*), COALESCE(MAX(period), '') FROM matching_runs WHERE status = 'completed'"),
        false, true);
    add(QStringLiteral("awards"), QCoreApplication::translate("DashboardFigures", "Awards"),
        QStringLiteral("awards"), QStringLiteral("SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM awards"),
        true, false);
    // Review cases waiting longer than their policy's deadline (working days).
    if (error.isEmpty() && tables.contains(QStringLiteral("awards"))
        && connection.record(QStringLiteral("awards")).contains(QStringLiteral("waiting_since"))) {
        const auto overdue = review::ReviewQueue(db).overdueCount();
        if (overdue) {
            Figure f;
            f.id = QStringLiteral("overdue_reviews");
            f.title = QCoreApplication::translate("DashboardFigures", "Overdue review cases");
            f.count = overdue.value();
            figures << f;
        } else {
            error = overdue.error();
        }
    }
    add(QStringLiteral("payments"), QCoreApplication::translate("DashboardFigures", "Payments"),
        QStringLiteral("payments"), QStringLiteral("SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM payments"),
        true, false);
    add(QStringLiteral("audit"), QCoreApplication::translate("DashboardFigures", "Audit log entries"),
        QStringLiteral("audit_log"), QStringLiteral("SELECT COUNT(*) FROM audit_log"), false, false);
    if (!error.isEmpty())
        return R::failure(error);
    return figures;
}

domain::Result<QList<DashboardFigures::Figure>> DashboardFigures::read(const store::ConnectionSpec &spec)
{
    auto db = store::Database::open(spec);
    if (!db)
        return domain::Result<QList<Figure>>::failure(db.error());
    return read(*db.value());
}

} // namespace mianshen::itemmodels
