#pragma once

// A migrated database for one ledger test (a SQLite file, or a fresh
// PostgreSQL database) with helpers that write what the ledger reads:
// published policies, approved awards (plain INSERTs of the 0001 columns),
// bank accounts and other feed rows. Actors: on SQLite the USER variable; on
// PostgreSQL real login roles on the test server, each with its connection.

#include "domain/IdentityCodes.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "support/PostgresTestDatabase.h"

#include <QCryptographicHash>
#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

namespace mianshen::testing {

// A valid resident id number: serial n % 1000, born n / 1000 days after 1980-01-01.
inline QString personId(int n)
{
    const QString body = QStringLiteral("441202%1%2").arg(QDate(1980, 1, 1).addDays(n / 1000).toString(QStringLiteral("yyyyMMdd")))
                             .arg(n % 1000, 3, 10, QLatin1Char('0'));
    return body + QLatin1Char(*domain::identity::idNumberCheckCharacter(QStringView(body)));
}

struct LedgerFixture final
{
    QTemporaryDir dir;
    PostgresTestDatabase pg;
    std::unique_ptr<store::Database> db;
    std::map<QString, std::unique_ptr<store::Database>> actors;
    QString roleSuffix = QString::number(QRandomGenerator::global()->generate() % 1000000);
    QString error;
    bool postgres = false;

    bool open(bool onPostgres)
    {
        postgres = onPostgres;
        const store::ConnectionSpec spec = postgres ? pg.spec()
                                                    : store::ConnectionSpec::sqlite(dir.filePath(QStringLiteral("ledger.sqlite")));
        auto opened = store::Database::open(spec);
        if (!opened) {
            error = opened.error();
            return false;
        }
        db = std::move(opened.value());
        qputenv("USER", "clerk");
        const auto migrated = store::Migrator(*db).migrate();
        if (!migrated)
            error = migrated.error();
        return migrated.ok();
    }

    ~LedgerFixture()
    {
        actors.clear();
        if (postgres && db) {
            QSqlQuery q(db->connection());
            for (const QString &role : roles) {
                q.exec(QStringLiteral("REASSIGN OWNED BY %1 TO CURRENT_USER").arg(role));
                q.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
            }
            db.reset();
            pg.drop();
            auto server = PostgresTestDatabase::serverSpec();
            if (server) {
                auto admin = store::Database::open(server.value());
                if (admin) {
                    QSqlQuery d(admin.value()->connection());
                    for (const QString &role : roles)
                        d.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
                }
            }
        }
    }

    // The connection acting as `name` (SQLite: the same one, USER = name).
    store::Database &as(const QString &name)
    {
        if (!postgres) {
            qputenv("USER", name.toUtf8());
            return *db;
        }
        auto it = actors.find(name);
        if (it != actors.end())
            return *it->second;
        const QString role = actorName(name);
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'ledger-test'").arg(role));
        q.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(role));
        q.exec(QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role));
        q.exec(QStringLiteral("GRANT CREATE, USAGE ON SCHEMA public TO %1").arg(role));
        q.exec(QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO %2").arg(pg.spec().database, role));
        roles.append(role);
        store::ConnectionSpec spec = pg.spec();
        spec.user = role;
        spec.password = QStringLiteral("ledger-test");
        auto opened = store::Database::open(spec);
        if (!opened)
            qFatal("cannot connect as %s: %s", qPrintable(role), qPrintable(opened.error()));
        return *actors.emplace(name, std::move(opened.value())).first->second;
    }
    // How the database names the actor `name`.
    QString actorName(const QString &name) const
    {
        return postgres ? QStringLiteral("ledger_%1_%2").arg(name, roleSuffix) : name;
    }

    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            error = q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return QVariant();
        return q.value(0);
    }
    qint64 count(const QString &sql, const QVariantList &binds = {}) { return scalar(sql, binds).toLongLong(); }

    // `payment` is the JSON of the policy's payment block, or empty.
    void addPolicy(const QString &code, bool monthly, const QString &budgetYuan = {}, const QString &payment = {})
    {
        QString source = QStringLiteral("{\"code\":\"%1\",\"subject\":\"person\",\"schedule\":{\"kind\":\"%2\"}")
                             .arg(code, monthly ? QStringLiteral("monthly") : QStringLiteral("one_off"));
        if (!budgetYuan.isEmpty())
            source += QStringLiteral(",\"budget\":{\"yuan\":\"%1\"}").arg(budgetYuan);
        if (!payment.isEmpty())
            source += QStringLiteral(",\"payment\":") + payment;
        source += QLatin1Char('}');
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha256).toHex());
        QVERIFY2(exec(QStringLiteral("INSERT INTO published_policies (policy_code, version, subject_kind, schedule, "
                                     "effective_from, source, sha256, published_at, published_by) "
                                     "VALUES (?, 1, 'person', ?, '2020-01', ?, ?, '2020-01-01T00:00:00Z', 'author')"),
                      {code, monthly ? QStringLiteral("monthly") : QStringLiteral("one_off"), source, sha}),
                 qPrintable(error));
    }
    qint64 addAward(const QString &code, const QString &subject, const QString &period, qint64 fen,
                    const QString &status = QStringLiteral("approved"))
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO awards (policy_code, policy_version, subject_id, period, amount_fen, status, "
                                 "created_at) VALUES (?, 1, ?, ?, ?, ?, '2020-01-01T00:00:00Z') RETURNING id"));
        q.addBindValue(code);
        q.addBindValue(subject);
        q.addBindValue(period.isNull() ? QStringLiteral("") : period);
        q.addBindValue(fen);
        q.addBindValue(status);
        if (!q.exec() || !q.next())
            qFatal("award: %s", qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }
    void setAccount(const QString &subject, const QString &account, qint64 importId = 1,
                    const QString &bank = QStringLiteral("中国工商银行"), const QString &name = QStringLiteral("张三"))
    {
        exec(QStringLiteral("DELETE FROM bank_accounts WHERE subject_id = ?"), {subject});
        QVERIFY2(exec(QStringLiteral("INSERT INTO bank_accounts (subject_id, bank_name, account_no, account_name, verified, "
                                     "updated_date, import_id) VALUES (?, ?, ?, ?, 1, '2020-01-01', ?)"),
                      {subject, bank, account, name, importId}),
                 qPrintable(error));
    }

private:
    QStringList roles;
};

} // namespace mianshen::testing

#define MIANSHEN_LEDGER_DB(name)                                                            \
    QFETCH(bool, postgres);                                                                 \
    mianshen::testing::LedgerFixture name;                                                  \
    if (postgres)                                                                           \
        MIANSHEN_REQUIRE_POSTGRES(name.pg);                                                 \
    QVERIFY2(name.open(postgres), qPrintable(name.error))

#define MIANSHEN_LEDGER_BOTH_DATABASES()                                                    \
    QTest::addColumn<bool>("postgres");                                                     \
    QTest::newRow("sqlite") << false;                                                       \
    QTest::newRow("postgres") << true
