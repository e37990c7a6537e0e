#pragma once

// Loads the golden matching fixture (tests/matching/data/golden, written by
// make_golden.py) into a database with the real importer, and publishes the
// test policies (tests/matching/data/policies) with the real repository.

#include "catalog/FeedCatalog.h"
#include "feeds/Importer.h"
#include "matching/PolicyRepository.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace mianshen::testing {

inline QString goldenDir()
{
    return QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/matching/data/golden");
}

inline QString policyDir()
{
    return QStringLiteral(MIANSHEN_SOURCE_DIR "/tests/matching/data/policies");
}

inline QStringList goldenFeeds()
{
    return {QStringLiteral("persons"), QStringLiteral("enterprises"), QStringLiteral("patents"),
            QStringLiteral("credit_records"), QStringLiteral("bank_accounts"), QStringLiteral("social_insurance"),
            QStringLiteral("education"), QStringLiteral("housing_transactions"), QStringLiteral("payment_history")};
}

// Empty on success, else what went wrong.
inline QString importGolden(store::Database &db)
{
    feeds::Importer importer(db, catalog::FeedCatalog::builtin());
    for (const QString &feed : goldenFeeds()) {
        const auto report = importer.import(goldenDir() + QLatin1Char('/') + feed + QStringLiteral(".csv"));
        if (!report.imported())
            return feed + QStringLiteral(": ") + report.message + QLatin1Char('\n') + report.toText();
    }
    return {};
}

inline QString publishTestPolicies(store::Database &db)
{
    matching::PolicyRepository repo(db, catalog::FeedCatalog::builtin());
    for (const QString &f : QDir(policyDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto r = repo.publishFile(policyDir() + QLatin1Char('/') + f, QStringLiteral("tester"));
        if (!r)
            return r.error();
    }
    return {};
}

inline QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<cannot read %1>").arg(path);
    return QString::fromUtf8(f.readAll());
}

} // namespace mianshen::testing
