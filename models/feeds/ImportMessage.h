#pragma once

#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace mianshen::feeds {

struct ImportReport;

// An import's message as a code with arguments (import_history.message_code
// and message_args, a JSON object), rendered in the reader's language (the
// translator installed, context "ImportMessage"):
//   imported  {rows, feed, inserted, updated, deleted, quarantined, warnings}
//   rejected  {errors, rows}            rejected.unknown_feed {}
//   rejected.unreadable {error}         rejected.database {error}
//   held      {reasons: [delete|change|dangling], feed, rows_before, deleted,
//              delete_percent, changed, change_percent, dangling, previous_dangling}
//   skipped   {previous}                cancelled {}
class ImportMessage final
{
public:
    // The message of a history row: rendered from its code, or the stored
    // text for rows written before codes were stored (empty code) and for
    // codes this version does not know.
    static QString render(const QString &code, const QString &argsJson, const QString &storedText);
    // A report's message in the reader's language, with the history-write
    // failure when there was one.
    static QString render(const ImportReport &report);
    // Named arguments as a JSON object of named arguments (helper for the writers of codes).
    static QString arguments(std::initializer_list<std::pair<const char *, QVariant>> values);
};

} // namespace mianshen::feeds
