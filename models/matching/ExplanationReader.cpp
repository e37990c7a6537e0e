#include "matching/ExplanationReader.h"

#include "matching/Decision.h"
#include "matching/ExplanationJson.h"
#include "matching/PolicyRepository.h"
#include "rules/PolicyNodes.h"

#include <QCoreApplication>

namespace mianshen::matching {

using domain::Result;

struct ExplanationReader::Version
{
    std::shared_ptr<rules::Policy> policy;
    std::unique_ptr<rules::PolicyNodes> nodes;
};

ExplanationReader::ExplanationReader(store::Database &db, const catalog::FeedCatalog &catalog)
    : m_db(db), m_catalog(catalog)
{
}

ExplanationReader::~ExplanationReader() = default;

Result<const ExplanationReader::Version *> ExplanationReader::version(const QString &policyCode, int policyVersion)
{
    using R = Result<const Version *>;
    const QString key = policyCode + QLatin1Char('/') + QString::number(policyVersion);
    if (const auto it = m_versions.constFind(key); it != m_versions.constEnd())
        return R(it->get());
    PolicyRepository repo(m_db, m_catalog);
    auto published = repo.get(policyCode, policyVersion);
    if (!published)
        return R::failure(published.error());
    auto policy = repo.load(published.value());
    if (!policy)
        return R::failure(policy.error());
    auto v = std::make_shared<Version>();
    v->policy = std::move(policy.value());
    v->nodes = std::make_unique<rules::PolicyNodes>(*v->policy);
    m_versions.insert(key, v);
    return R(v.get());
}

Result<QString> ExplanationReader::json(const QString &policyCode, int policyVersion, const QString &subjectId,
                                        const QString &stored)
{
    if (!ExplanationJson::isCompact(stored))
        return Result<QString>(stored);
    auto v = version(policyCode, policyVersion);
    if (!v)
        return Result<QString>::failure(
            QCoreApplication::translate("mianshen::matching::ExplanationReader",
                                        "Cannot explain the decision of %1 for %2: %3").arg(policyCode, subjectId, v.error()));
    return ExplanationJson::rebuild(stored, *v.value()->policy, *v.value()->nodes, subjectId);
}

Result<QString> ExplanationReader::json(const Decision &d)
{
    return json(d.policyCode, d.policyVersion, d.subjectId, d.explanation);
}

Result<QString> ExplanationReader::text(const Decision &d, rules::Language language)
{
    auto j = json(d);
    if (!j)
        return j;
    return Result<QString>(ExplanationJson::render(j.value(), language));
}

} // namespace mianshen::matching
