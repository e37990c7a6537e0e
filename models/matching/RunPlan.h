#pragma once

#include "domain/Month.h"
#include "domain/Result.h"
#include "matching/PolicyRepository.h"
#include "matching/RunRepository.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace mianshen::catalog {
class FeedCatalog;
}
namespace mianshen::rules {
struct Policy;
}
namespace mianshen::store {
class Database;
}

namespace mianshen::matching {

// One published policy version in a run's plan.
struct PlannedPolicy final
{
    PublishedPolicy published;
    std::shared_ptr<rules::Policy> policy;
    QString fingerprint;            // what its decisions for the period depend on
    bool reevaluate = true;         // false: its decisions of the period stay untouched
};

// What a matching run will do, decided before it starts (the first two steps
// of MatchingRun::execute):
//  - planRun: the published versions in effect in the period, loaded and
//    checked, and the feeds they read;
//  - fingerprintRun: per policy a fingerprint of what its decisions depend on
//    (its code and version, the last import of each feed it reads and of the
//    registries, its earlier awards, its stacking group, the period). A policy
//    is evaluated again when its fingerprint or version differs from the one
//    the period's latest completed run recorded, or when forced; the members
//    of a stacking group together.
struct RunPlan final
{
    domain::Month month;                    // the period
    std::vector<PlannedPolicy> policies;    // in PolicyRepository's order
    QStringList feeds;                      // every feed the run reads, sorted
    QString inputs;                         // "feed=last import id;..." (fingerprintRun)
    QString policyVersions;                 // "CODE=version;..."
    QString fingerprint;                    // digest of the policies' fingerprints (fingerprintRun)
    QHash<QString, PolicySummary> previous; // the latest completed run's state per policy (fingerprintRun)

    bool upToDate() const;                  // nothing to evaluate again
};

[[nodiscard]] domain::Result<RunPlan> planRun(store::Database &db, const catalog::FeedCatalog &catalog,
                                              domain::Month month, const QStringList &policyCodes);
[[nodiscard]] domain::Status fingerprintRun(store::Database &db, RunPlan &plan, bool force);

} // namespace mianshen::matching
