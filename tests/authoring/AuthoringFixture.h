#pragma once

// A migrated database for the authoring tests (a SQLite file or a fresh
// PostgreSQL database) and connections acting as named people: on SQLite
// the session actor (audit::setSessionActor), on PostgreSQL a login role of
// the test server per person.

#include "audit/Actor.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "support/PostgresTestDatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace mianshen::testing {

struct AuthoringDatabase final
{
    bool postgres = false;
    QTemporaryDir dir;
    PostgresTestDatabase pg;
    std::unique_ptr<store::Database> db;
    std::map<QString, std::unique_ptr<store::Database>> actors;
    QStringList roles;
    QString suffix = QString::number(QRandomGenerator::global()->generate() % 1000000);
    QString error;

    ~AuthoringDatabase()
    {
        audit::setSessionActor({});
        actors.clear();
        if (postgres && db) {
            QSqlQuery q(db->connection());
            for (const QString &r : roles)
                q.exec(QStringLiteral("DROP OWNED BY %1").arg(r));
            db.reset();
            pg.drop();
            auto server = PostgresTestDatabase::serverSpec();
            if (server) {
                if (auto admin = store::Database::open(server.value())) {
                    QSqlQuery d(admin.value()->connection());
                    for (const QString &r : roles)
                        d.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(r));
                }
            }
        }
    }

    bool open(bool pgMode)
    {
        postgres = pgMode;
        const store::ConnectionSpec spec = postgres ? pg.spec()
                                                    : store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("drafts.sqlite")));
        auto opened = store::Database::open(spec);
        if (!opened) {
            error = opened.error();
            return false;
        }
        db = std::move(opened.value());
        if (const auto migrated = store::Migrator(*db).migrate(); !migrated) {
            error = migrated.error();
            return false;
        }
        return true;
    }

    // How the database names the person `name`.
    QString actorName(const QString &name) const
    {
        return postgres ? QStringLiteral("authoring_%1_%2").arg(name, suffix) : name;
    }

    // The connection acting as `name`.
    store::Database &as(const QString &name)
    {
        if (!postgres) {
            audit::setSessionActor(name);
            return *db;
        }
        auto it = actors.find(name);
        if (it != actors.end())
            return *it->second;
        const QString role = actorName(name);
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'authoring-test'").arg(role));
        q.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(role));
        q.exec(QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role));
        q.exec(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role));
        roles.append(role);
        store::ConnectionSpec spec = pg.spec();
        spec.user = role;
        spec.password = QStringLiteral("authoring-test");
        auto opened = store::Database::open(spec);
        if (!opened)
            qFatal("cannot connect as %s: %s", qPrintable(role), qPrintable(opened.error()));
        return *actors.emplace(name, std::move(opened.value())).first->second;
    }

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next()) {
            error = q.lastError().text();
            return -1;
        }
        return q.value(0).toLongLong();
    }
};

} // namespace mianshen::testing

#define AUTHORING_DB(fixture)                                                                       \
    QFETCH(bool, postgres);                                                                         \
    mianshen::testing::AuthoringDatabase fixture;                                                  \
    if (postgres)                                                                                   \
        MIANSHEN_REQUIRE_POSTGRES(fixture.pg);                                                      \
    QVERIFY2(fixture.open(postgres), qPrintable(fixture.error))
