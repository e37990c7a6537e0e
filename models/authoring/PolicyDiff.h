#pragma once

#include <QString>
#include <QStringList>

namespace mianshen::authoring {

// What changed between two policy files, in sentences a policy officer reads
// (translated): conditions, exclusions, flags and definitions added, removed
// or changed (by id / name), the amount (expression or table rules), the
// effective months, the schedule, the budget, stacking, titles and tests.
// Empty when nothing that matters changed. Works on any JSON the editor
// holds, also one with type errors; a text that is not JSON says so.
QStringList describeChanges(const QString &beforeSource, const QString &afterSource);

// A unified diff of the two texts by line ("--- before", "+++ after",
// "@@ -a,b +c,d @@" hunks with three lines of context); empty when equal.
QString unifiedDiff(const QString &before, const QString &after);

} // namespace mianshen::authoring
