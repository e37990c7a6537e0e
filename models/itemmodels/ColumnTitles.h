#pragma once

#include <QString>

namespace mianshen::itemmodels {

// Titles for the columns of the program's own tables (runs, decisions,
// payments, the audit log, import history...), and for the words stored in
// their status-like columns ("review" -> "for review" / 待审核). Written once
// in English and translated through Qt Linguist (context
// mianshen::itemmodels::ColumnTitles), so they are shown in the current
// language and follow a language switch. (The feeds' column titles are
// data of the feed catalog, in both languages.)
class ColumnTitles final
{
public:
    // The untranslated title (for QCoreApplication::translate), or null when
    // the column is not known.
    static const char *titleSource(const QString &sqlName);
    // The title in the current language; empty when the column is not known.
    static QString title(const QString &sqlName);
    // The stored word of a status-like column for people, in the current
    // language; empty if not known.
    static QString valueTitle(const QString &sqlName, const QString &value);
    // The stored word for a title typed by a person (the current language,
    // English, or the stored word itself); the text unchanged if it is no
    // known title.
    static QString storedValue(const QString &sqlName, const QString &typed);
    static bool hasValueTitles(const QString &sqlName);
};

} // namespace mianshen::itemmodels
