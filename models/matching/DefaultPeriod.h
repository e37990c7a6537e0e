#pragma once

#include "domain/Month.h"
#include "domain/Result.h"

#include <optional>

namespace mianshen::catalog {
class FeedCatalog;
}
namespace mianshen::store {
class Database;
}

namespace mianshen::matching {

// The month a matching run most likely wants: the latest month that has a
// published policy in effect and data imported. "Data imported" is the
// latest month found in the feeds' month key columns (social_insurance.month);
// with no monthly data, the month of the latest successful import. nullopt
// when there is no published policy or nothing imported (the window then
// keeps its own default).
class DefaultPeriod final
{
public:
    [[nodiscard]] static domain::Result<std::optional<domain::Month>> latest(store::Database &db,
                                                                             const catalog::FeedCatalog &catalog);
};

} // namespace mianshen::matching
