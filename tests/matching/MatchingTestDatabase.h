#pragma once

// A migrated database for one matching test: a SQLite file in a temporary
// folder, or a fresh PostgreSQL database (support/PostgresTestDatabase.h).
// Use with a data-driven test whose "postgres" column is a bool:
//   MIANSHEN_MATCHING_DB(db);   // declares store::Database &db, or skips/fails

#include "matching/DecisionStore.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "support/PostgresTestDatabase.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mianshen::testing {

struct MatchingTestDatabase final
{
    QTemporaryDir dir;
    PostgresTestDatabase pg;
    std::unique_ptr<store::Database> db;
    QString error;

    bool open(bool postgres)
    {
        store::ConnectionSpec spec;
        if (postgres) {
            spec = pg.spec();
        } else {
            spec = store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("test.sqlite")));
        }
        auto opened = store::Database::open(spec);
        if (!opened) {
            error = opened.error();
            return false;
        }
        db = std::move(opened.value());
        const auto migrated = store::Migrator(*db).migrate();
        if (!migrated) {
            error = migrated.error();
            return false;
        }
        return true;
    }
};

// The period's decisions as `mianshen decisions` writes them (or the error).
inline QString exportOf(store::Database &db, const QString &period)
{
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    const auto s = matching::DecisionStore(db).exportCsv(period, b);
    return s ? QString::fromUtf8(b.data()) : s.error();
}

} // namespace mianshen::testing

#define MIANSHEN_MATCHING_DB(name)                                                          \
    QFETCH(bool, postgres);                                                                 \
    mianshen::testing::MatchingTestDatabase fixture##name;                                  \
    if (postgres)                                                                           \
        MIANSHEN_REQUIRE_POSTGRES(fixture##name.pg);                                        \
    QVERIFY2(fixture##name.open(postgres), qPrintable(fixture##name.error));               \
    mianshen::store::Database &name = *fixture##name.db

#define MIANSHEN_BOTH_DATABASES()                                                           \
    QTest::addColumn<bool>("postgres");                                                     \
    QTest::newRow("sqlite") << false;                                                       \
    QTest::newRow("postgres") << true
