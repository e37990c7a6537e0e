#include "feeds/ProblemList.h"

#include "feeds/ImportReport.h"
#include "feeds/Importer.h"

#include <QLocale>

namespace mianshen::feeds {

ProblemList::ProblemList(ImportReport &report, const ImportOptions &options) : m_report(report), m_options(options) {}

void ProblemList::add(ImportProblem problem)
{
    if (problem.severity == Severity::Error) {
        ++m_report.errorCount;
        if (m_listedErrors < m_options.maxListedErrors) {
            ++m_listedErrors;
            m_report.problems << std::move(problem);
        } else {
            ++m_unlistedErrors;
        }
        return;
    }
    ++m_report.warningCount;
    const QString kind = problem.codeName() + u'\x1f' + problem.column;
    qint64 &listed = m_warningsListed[kind];
    if (listed < m_options.maxListedWarningsPerKind) {
        ++listed;
        m_report.problems << std::move(problem);
    } else {
        qint64 &more = m_warningsUnlisted[kind];
        if (more == 0)
            m_unlistedOrder << qMakePair(kind, problem.column);
        ++more;
    }
}

void ProblemList::addAll(QList<ImportProblem> &problems)
{
    for (ImportProblem &p : problems)
        add(std::move(p));
    problems.clear();
}

void ProblemList::close()
{
    const QLocale english(QLocale::English);
    if (m_unlistedErrors > 0)
        m_report.problems << makeProblem(ProblemCode::TooManyErrors, Severity::Error, 0, QString(), QString(),
                                         english.toString(m_unlistedErrors));
    for (const auto &[kind, column] : std::as_const(m_unlistedOrder))
        m_report.problems << makeProblem(ProblemCode::MoreWarnings, Severity::Warning, 0, column,
                                         kind.section(u'\x1f', 0, 0),
                                         english.toString(m_warningsUnlisted.value(kind)));
}

} // namespace mianshen::feeds
