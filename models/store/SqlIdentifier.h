#pragma once

#include <QString>

namespace mianshen::store {

// An SQL identifier (table or column name) quoted for both SQLite and
// PostgreSQL: wrapped in double quotes, a double quote inside doubled, so a
// name that is a keyword or holds odd characters stays one identifier.
// Identifiers come only from fixed lists (the feed catalog, the schema);
// values are always bound parameters, never quoted into SQL.
QString quoteIdentifier(const QString &name);

} // namespace mianshen::store
