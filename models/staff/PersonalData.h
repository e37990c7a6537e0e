#pragma once

#include "domain/Result.h"

#include <QString>

namespace mianshen::store {
class Database;
}

namespace mianshen::staff {

// Showing personal data (names, id and account numbers) unmasked: needs the
// action RevealPersonalData, and is recorded in the audit log as
// "personal_data.reveal" (entity "view", entity id `where`, e.g. the table
// shown) in its own transaction, before anything is shown. The window calls
// it when its "show" switch is turned on; refused = stay masked.
[[nodiscard]] domain::Status revealPersonalData(store::Database &db, const QString &where);

} // namespace mianshen::staff
