#pragma once

#include "catalog/FeedCatalog.h"
#include "domain/Result.h"
#include "rules/Text.h"

#include <QHash>
#include <QString>

#include <memory>

namespace mianshen::store {
class Database;
}

namespace mianshen::matching {

struct Decision;

// Reads stored explanations back (the Matching page, `why`, tests): the
// explanation JSON of a decision exactly as it was produced at decision
// time, rebuilt by ExplanationJson::rebuild from the stored compact form and
// the published policy version the decision names (loaded once per version
// and kept), or, for rows written before the compact form, the JSON as stored.
class ExplanationReader final
{
public:
    ExplanationReader(store::Database &db, const catalog::FeedCatalog &catalog);
    ~ExplanationReader();
    ExplanationReader(const ExplanationReader &) = delete;
    ExplanationReader &operator=(const ExplanationReader &) = delete;

    domain::Result<QString> json(const QString &policyCode, int policyVersion, const QString &subjectId,
                                 const QString &stored);
    domain::Result<QString> json(const Decision &decision);
    // The explanation as text for people (ExplanationJson::render).
    domain::Result<QString> text(const Decision &decision, rules::Language language);

private:
    struct Version;
    domain::Result<const Version *> version(const QString &policyCode, int policyVersion);
    store::Database &m_db;
    const catalog::FeedCatalog &m_catalog;
    QHash<QString, std::shared_ptr<const Version>> m_versions;   // "code/version"
};

} // namespace mianshen::matching
