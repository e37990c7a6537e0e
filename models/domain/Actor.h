#pragma once

#include <QString>

namespace mianshen::domain {

// Who is at this computer, for the "who" of imports, publications and runs:
// the login name (USER, else USERNAME), or `fallback` when neither is set.
QString currentActor(const QString &fallback);

} // namespace mianshen::domain
