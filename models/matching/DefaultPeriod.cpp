#include "matching/DefaultPeriod.h"

#include "catalog/FeedCatalog.h"
#include "matching/SqlHelpers.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace mianshen::matching {

using domain::Month;
using R = domain::Result<std::optional<Month>>;

namespace {

// The latest month of data: the feeds' month key columns, else the month of
// the latest successful import; nullopt when nothing is imported.
domain::Status latestDataMonth(store::Database &db, const catalog::FeedCatalog &catalog, std::optional<Month> *month)
{
    QSqlQuery query(db.connection());
    for (const catalog::Feed &feed : catalog.feeds()) {
        for (const catalog::Column &column : feed.columns) {
            if (column.type != catalog::ColumnType::Month || !feed.isKey(column.name) || column.optional)
                continue;
            // Identifiers from the catalog, never from a user.
            if (!query.exec(QStringLiteral("SELECT MAX(%1) FROM %2").arg(column.sqlName, feed.name)))
                return domain::Status::failure(detail::sqlFailure(query, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the latest month of data")));
            if (query.next()) {
                if (const auto m = Month::parse(query.value(0).toString()))
                    *month = month->has_value() ? std::max(**month, *m) : *m;
            }
        }
    }
    if (month->has_value())
        return {};
    if (!query.exec(QStringLiteral("SELECT MAX(started_at) FROM import_history WHERE result = 'imported'")))
        return domain::Status::failure(detail::sqlFailure(query, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the import history")));
    if (query.next())
        *month = Month::parse(query.value(0).toString().left(7));
    return {};
}

} // namespace

R DefaultPeriod::latest(store::Database &db, const catalog::FeedCatalog &catalog)
{
    std::optional<Month> data;
    if (const domain::Status status = latestDataMonth(db, catalog, &data); !status)
        return R::failure(status.error());
    if (!data)
        return std::optional<Month>();
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT effective_from, effective_until FROM published_policies WHERE status = 'published'")))
        return R::failure(detail::sqlFailure(query, QT_TRANSLATE_NOOP("mianshen::matching::Sql", "read the published policies")));
    std::optional<Month> best;
    while (query.next()) {
        const auto from = Month::parse(query.value(0).toString().left(7));
        const auto until = Month::parse(query.value(1).toString().left(7));
        if (!from)
            continue;
        const Month candidate = until ? std::min(*data, *until) : *data;
        if (candidate >= *from && (!best || candidate > *best))
            best = candidate;
    }
    return best;
}

} // namespace mianshen::matching
