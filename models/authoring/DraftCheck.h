#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mianshen::catalog {
class FeedCatalog;
}

namespace mianshen::authoring {

// One finding about a draft, where the editor can mark it.
struct DraftFinding final {
    bool error = true;        // false: a warning
    int line = 0;             // 1-based; 0 = the whole file
    int column = 0;           // 1-based, in UTF-16 code units
    int length = 1;
    QString code;             // the checker's short name, e.g. "type-mismatch"
    QString message;          // in the user's language
};

// What loading, checking and testing a draft found (what submit requires:
// no errors and no failed embedded test).
struct DraftCheckReport final {
    bool loaded = false;      // the file parsed into a policy
    QString policyCode;       // as the file states it
    QList<DraftFinding> findings;
    int testsPassed = 0;
    QStringList testFailures; // "name: why", in the user's language
    QString rendered;         // the findings as `policy check` prints them, with line and caret

    int errorCount() const;
    bool ok() const { return loaded && errorCount() == 0 && testFailures.isEmpty(); }
};

// Loads the text with rules::PolicyLoader, checks it with PolicyChecker and,
// when both found no error, runs its tests with PolicyTestRunner.
DraftCheckReport checkDraft(const QString &source, const QString &fileName,
                            const catalog::FeedCatalog &catalog);

} // namespace mianshen::authoring
