#pragma once

// A migrated SQLite database in a temporary folder, for the staff tests.

#include "audit/Actor.h"
#include "store/ConnectionSpec.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace mianshen::testing {

inline std::unique_ptr<store::Database> openMigrated(const QString &path, QString *error)
{
    auto db = store::Database::open(store::ConnectionSpec::sqlite(path));
    if (!db) {
        *error = db.error();
        return nullptr;
    }
    if (auto s = store::Migrator(*db.value()).migrate(); !s) {
        *error = s.error();
        return nullptr;
    }
    return std::move(db.value());
}

inline int countRows(store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace mianshen::testing
