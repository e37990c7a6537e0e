#pragma once

// A migrated database for one matching test: a SQLite file in a temporary
// folder, or a fresh PostgreSQL database (support/PostgresTestDatabase.h).
// Use with a data-driven test whose "postgres" column is a bool:
//   MIANSHEN_MATCHING_DB(db);   // declares store::Database &db, or skips/fails

#include "catalog/FeedCatalog.h"
#include "matching/DecisionStore.h"
#include "matching/ExplanationJson.h"
#include "matching/ExplanationReader.h"
#include "store/Database.h"
#include "support/MigratedTestDatabase.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mianshen::testing {

struct MatchingTestDatabase final : MigratedTestDatabase
{
    MatchingTestDatabase() : MigratedTestDatabase(QStringLiteral("test.sqlite")) {}
};

// The period's decisions as `mianshen decisions` writes them (or the error).
inline QString exportOf(store::Database &db, const QString &period)
{
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    const auto s = matching::DecisionStore(db).exportCsv(period, b);
    return s ? QString::fromUtf8(b.data()) : s.error();
}

// A stored decision's explanation as text (rebuilt from its stored form and
// its policy version, as the Matching page shows it), or the error.
inline QString explanationOf(store::Database &db, const matching::Decision &d, rules::Language language)
{
    matching::ExplanationReader reader(db, catalog::FeedCatalog::builtin());
    const auto text = reader.text(d, language);
    return text ? text.value() : QStringLiteral("<%1>").arg(text.error());
}

// The stored decision's explanation JSON (rebuilt), or the error.
inline QString explanationJsonOf(store::Database &db, const matching::Decision &d)
{
    matching::ExplanationReader reader(db, catalog::FeedCatalog::builtin());
    const auto json = reader.json(d);
    return json ? json.value() : QStringLiteral("<%1>").arg(json.error());
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
