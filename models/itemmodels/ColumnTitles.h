#pragma once

#include <QString>

namespace mianshen::itemmodels {

// Titles in Chinese and English for the columns of the program's own tables
// (runs, decisions, payments, the audit log, import history...), and for the
// words stored in their status-like columns ("review" -> 待审核 / for review).
// Like the feed catalog's titles, these are data in both languages.
class ColumnTitles final
{
public:
    // False when the column is not known.
    static bool title(const QString &sqlName, QString *zh, QString *en);
    // The stored word of a status-like column for people; empty if not known.
    static QString valueTitle(const QString &sqlName, const QString &value, bool chinese);
    // The stored word for a title typed by a person (either language, or the
    // stored word itself); the text unchanged if it is no known title.
    static QString storedValue(const QString &sqlName, const QString &typed);
    static bool hasValueTitles(const QString &sqlName);
};

} // namespace mianshen::itemmodels
