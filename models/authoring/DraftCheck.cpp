#include "authoring/DraftCheck.h"

#include "catalog/FeedCatalog.h"
#include "rules/Diagnostic.h"
#include "rules/PolicyChecker.h"
#include "rules/PolicyLoader.h"
#include "rules/PolicyTestRunner.h"

#include <QLocale>

namespace mianshen::authoring {

int DraftCheckReport::errorCount() const
{
    int n = 0;
    for (const DraftFinding &f : findings)
        n += f.error ? 1 : 0;
    return n;
}

DraftCheckReport checkDraft(const QString &source, const QString &fileName, const catalog::FeedCatalog &catalog)
{
    const rules::Language language = QLocale().language() == QLocale::Chinese ? rules::Language::Zh : rules::Language::En;
    DraftCheckReport report;
    rules::Diagnostics diagnostics;
    const auto policy = rules::PolicyLoader(catalog).loadText(source, fileName, diagnostics);
    report.loaded = policy != nullptr;
    if (policy && !diagnostics.hasErrors())
        rules::PolicyChecker(catalog).check(*policy, diagnostics);
    for (const rules::Diagnostic &d : diagnostics.items()) {
        DraftFinding f;
        f.error = d.severity == rules::Severity::Error;
        f.line = d.line;
        f.column = d.column;
        f.length = d.length;
        f.code = d.code;
        f.message = d.message.in(language);
        report.findings.append(f);
    }
    report.rendered = diagnostics.render(source, language);
    if (policy)
        report.policyCode = policy->code;
    if (!policy || diagnostics.hasErrors())
        return report;
    for (const auto &t : rules::PolicyTestRunner(catalog).run(*policy)) {
        if (t.passed)
            ++report.testsPassed;
        else
            report.testFailures.append(t.name + QStringLiteral(": ") + t.message.in(language));
    }
    return report;
}

} // namespace mianshen::authoring
