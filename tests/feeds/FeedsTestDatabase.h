#pragma once

// A migrated database for one feeds test: a SQLite file in a temporary
// folder, or a fresh PostgreSQL database (support/PostgresTestDatabase.h).

#include "store/Database.h"
#include "support/MigratedTestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mianshen::testing {

struct FeedsTestDatabase final : MigratedTestDatabase
{
    FeedsTestDatabase() : MigratedTestDatabase(QStringLiteral("test.sqlite")) {}

    // Every row of a query, columns joined with '|' (NULL as "<null>").
    QStringList rows(const QString &sql) const
    {
        QStringList out;
        QSqlQuery q(db->connection());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return {QStringLiteral("SQL ERROR: ") + q.lastError().text()};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
            out << cells.join(u'|');
        }
        return out;
    }
    qint64 count(const QString &table) const
    {
        const QStringList r = rows(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return r.isEmpty() ? -1 : r.first().toLongLong();
    }
};

} // namespace mianshen::testing

// Opens `name` (a FeedsTestDatabase) on SQLite or PostgreSQL; skips loudly
// when PostgreSQL is wanted and MIANSHEN_TEST_PG is unset.
#define MIANSHEN_FEEDS_DB(name, postgres)                                                  \
    mianshen::testing::FeedsTestDatabase name;                                             \
    if (postgres)                                                                          \
        MIANSHEN_REQUIRE_POSTGRES(name.pg);                                                \
    QVERIFY2(name.open(postgres), qPrintable(name.error))
