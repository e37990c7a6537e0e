#pragma once

#include "rules/Diagnostic.h"
#include "rules/Policy.h"
#include "rules/PolicyTestRunner.h"
#include "rules/Text.h"

#include <QString>

#include <vector>

namespace mianshen::itemmodels {

// A policy as a person reads it, in HTML for a text browser: titles, legal
// basis, department, subjects, effective months, schedule, budget and
// stacking, the named definitions (with decision tables as tables), the
// conditions and exclusions with their labels, the amount, the review flags,
// and the embedded tests with their results.
class PolicyDocument final
{
public:
    static QString toHtml(const rules::Policy &policy, const std::vector<rules::PolicyTestRunner::Result> &tests,
                          rules::Language language);
    // The policy file with each check finding shown under the line it is
    // about, a caret under the column, in the given language.
    static QString sourceWithFindingsHtml(const QString &source, const rules::Diagnostics &diagnostics,
                                          rules::Language language);
    static QString monthText(std::int32_t monthIndex);
};

} // namespace mianshen::itemmodels
