#pragma once

#include "feeds/ImportProblem.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace mianshen::feeds {

struct ImportOptions;
struct ImportReport;

// Collects an import's problems into its report with the listing limits of
// ImportOptions: every problem is counted; errors beyond maxListedErrors and
// warnings beyond maxListedWarningsPerKind (per kind and column) are left out
// of the list and summarised by close() (TOO_MANY_ERRORS / MORE_WARNINGS).
class ProblemList final
{
public:
    ProblemList(ImportReport &report, const ImportOptions &options);

    void add(ImportProblem problem);
    void addAll(QList<ImportProblem> &problems); // moves them out
    // The summary lines for what was not listed (call once, at the end).
    void close();

private:
    ImportReport &m_report;
    const ImportOptions &m_options;
    int m_listedErrors = 0;
    qint64 m_unlistedErrors = 0;
    QHash<QString, qint64> m_warningsListed;
    QHash<QString, qint64> m_warningsUnlisted;
    QList<QPair<QString, QString>> m_unlistedOrder;
};

} // namespace mianshen::feeds
