#include "review/CasePolicies.h"

#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"

#include <algorithm>

namespace mianshen::review {

domain::Result<CasePolicies> CasePolicies::read(store::Database &db, rules::Language language)
{
    using R = domain::Result<CasePolicies>;
    matching::PolicyRepository repo(db, catalog::FeedCatalog::builtin());
    auto versions = repo.list();
    if (!versions)
        return R::failure(versions.error());
    // list() is by code then version: the last of each code is the newest.
    QHash<QString, matching::PublishedPolicy> newest;
    for (const matching::PublishedPolicy &p : versions.value())
        newest.insert(p.code, p);
    CasePolicies result;
    result.codes = newest.keys();
    std::sort(result.codes.begin(), result.codes.end());
    for (const QString &code : std::as_const(result.codes)) {
        auto policy = repo.load(newest.value(code));
        if (!policy)
            continue;   // a version that no longer loads still has its cases; its flags show by id
        for (const rules::Rule &flag : policy.value()->flags) {
            const QString label = flag.label.in(language).isEmpty() ? flag.id : flag.label.in(language);
            result.labels.insert(code + u'/' + flag.id, label);
            if (!result.labels.contains(flag.id)) {
                result.labels.insert(flag.id, label);
                result.flags << qMakePair(flag.id, label);
            }
        }
    }
    std::sort(result.flags.begin(), result.flags.end(),
              [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    return result;
}

} // namespace mianshen::review
