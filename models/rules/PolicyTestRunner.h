#pragma once

#include "rules/Policy.h"
#include "rules/Trace.h"

#include <vector>

namespace mianshen::rules {

// Runs a policy's embedded example tests: builds a Snapshot from each test's
// records (through the same SnapshotBuilder the matching engine uses),
// evaluates the fast path and the explaining path, checks that they agree and
// that the outcome is the one expected.
class PolicyTestRunner final
{
public:
    struct Result
    {
        QString name;
        bool passed = false;
        Text message;   // why it failed (empty when passed)
        Trace trace;
    };

    explicit PolicyTestRunner(const catalog::FeedCatalog &catalog);
    std::vector<Result> run(const Policy &policy) const;
    Result run(const Policy &policy, const PolicyTest &test) const;

private:
    const catalog::FeedCatalog &m_catalog;
};

} // namespace mianshen::rules
