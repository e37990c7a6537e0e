#pragma once

#include "rules/Diagnostic.h"
#include "rules/Policy.h"

namespace mianshen::rules {

// Static checks of a loaded, type-correct policy (`mianshen policy check`):
//  - conditions and exclusions that can never hold (error) or always hold
//    (warning), found by interval analysis: constants, integer columns with a
//    declared range, counts (>= 0), money columns (>= 0 unless negative values
//    are allowed), ...;
//  - review flags that can never fire (warning);
//  - decision tables: gaps (input combinations no rule covers, without a
//    default) and, for first-hit tables, rules that can never be the first to
//    match and overlapping rules with different results (warnings);
//  - amounts that can be negative (warning);
//  - tests: every condition should fail in at least one test and hold in another (warning).
class PolicyChecker final
{
public:
    explicit PolicyChecker(const catalog::FeedCatalog &catalog);
    void check(const Policy &policy, Diagnostics &diagnostics) const;

private:
    const catalog::FeedCatalog &m_catalog;
};

} // namespace mianshen::rules
