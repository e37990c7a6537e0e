#pragma once

// One open-and-migrate fixture for the tests: openMigrated() opens a
// connection and applies every migration; MigratedTestDatabase owns a
// migrated database for one test, a SQLite file in a temporary folder or a
// fresh PostgreSQL database (support/PostgresTestDatabase.h).

#include "domain/Result.h"
#include "store/ConnectionSpec.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "support/PostgresTestDatabase.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mianshen::testing {

// Opens `spec` and migrates it to the latest schema; the error says which failed.
inline domain::Result<std::unique_ptr<store::Database>> openMigrated(const store::ConnectionSpec &spec)
{
    using R = domain::Result<std::unique_ptr<store::Database>>;
    auto opened = store::Database::open(spec);
    if (!opened)
        return R::failure(opened.error());
    const auto migrated = store::Migrator(*opened.value()).migrate();
    if (!migrated)
        return R::failure(migrated.error());
    return std::move(opened.value());
}

struct MigratedTestDatabase
{
    explicit MigratedTestDatabase(QString sqliteFileName = QStringLiteral("test.sqlite"))
        : fileName(std::move(sqliteFileName))
    {
    }

    QString fileName;                       // in `dir`, for SQLite
    QTemporaryDir dir;
    PostgresTestDatabase pg;
    std::unique_ptr<store::Database> db;
    QString error;

    store::ConnectionSpec spec(bool postgres) const
    {
        return postgres ? pg.spec() : store::ConnectionSpec::sqlite(dir.filePath(fileName));
    }

    // The PostgreSQL database must have been created first (MIANSHEN_REQUIRE_POSTGRES).
    bool open(bool postgres)
    {
        auto opened = openMigrated(spec(postgres));
        if (!opened) {
            error = opened.error();
            return false;
        }
        db = std::move(opened.value());
        return true;
    }
};

} // namespace mianshen::testing
