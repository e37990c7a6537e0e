#pragma once

#include "catalog/FeedCatalog.h"
#include "domain/Result.h"
#include "rules/Policy.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::matching {

// A row of published_policies (0003_policies.sql).
struct PublishedPolicy final
{
    qint64 id = 0;
    QString code;
    int version = 0;                // the published version: 1, 2, ...
    QString fileVersion;            // the "version" the file itself states
    QString subjectKind;            // "person" | "enterprise"
    QString schedule;               // "one_off" | "monthly"
    QString titleZh;
    QString titleEn;
    QString effectiveFrom;          // "YYYY-MM"
    QString effectiveUntil;         // "YYYY-MM" or empty (open)
    QString source;                 // the file text as published
    QString sha256;                 // of the UTF-8 source
    QString publishedAt;
    QString publishedBy;
    QString status;                 // "published" | "withdrawn"
    QString withdrawnAt;
    QString withdrawnBy;
};

// Published policy versions. Publishing loads and type-checks the file with
// the rules' PolicyLoader and runs its embedded tests (PolicyTestRunner);
// any error or failed test refuses it with the report. A published version
// never changes: the same text again is recognised (by SHA-256) and not
// published twice, a changed text becomes the next version, and the old one
// stays for the decisions that used it. Withdrawing only flips the status.
class PolicyRepository final
{
public:
    PolicyRepository(store::Database &db, const catalog::FeedCatalog &catalog);

    struct PublishResult final
    {
        PublishedPolicy policy;
        bool alreadyPublished = false;   // the same text was published before (nothing written)
        int testsPassed = 0;
    };
    domain::Result<PublishResult> publishFile(const QString &path, const QString &publishedBy);
    domain::Result<PublishResult> publishText(const QString &text, const QString &fileName, const QString &publishedBy);

    domain::Status withdraw(const QString &code, int version, const QString &withdrawnBy);

    // Every version, by code then version.
    domain::Result<QList<PublishedPolicy>> list() const;
    domain::Result<PublishedPolicy> get(const QString &code, int version) const;
    // Per code, the newest published (not withdrawn) version in effect in
    // the period; codes empty = every code. Sorted by code. An unknown code
    // in `codes` is an error.
    domain::Result<QList<PublishedPolicy>> effectiveFor(const QString &period, const QStringList &codes = {}) const;

    // Parses a published version back into a checked rules::Policy.
    domain::Result<std::shared_ptr<rules::Policy>> load(const PublishedPolicy &published) const;

private:
    store::Database &m_db;
    const catalog::FeedCatalog &m_catalog;
};

} // namespace mianshen::matching
