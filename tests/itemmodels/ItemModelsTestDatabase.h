#pragma once

// A temporary, migrated SQLite database for the item model tests.

#include "store/Database.h"
#include "support/MigratedTestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mianshen::testing {

class ItemModelsTestDatabase final
{
public:
    bool create()
    {
        if (!m_dir.isValid())
            return false;
        auto db = openMigrated(store::ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("t.sqlite"))));
        if (!db) {
            m_error = db.error();
            return false;
        }
        m_db = std::move(db.value());
        return true;
    }
    store::Database &db() { return *m_db; }
    QString error() const { return m_error; }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db->connection());
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    QString m_error;
};

} // namespace mianshen::testing
