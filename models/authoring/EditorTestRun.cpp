#include "authoring/EditorTestRun.h"

#include "rules/PolicyLoader.h"
#include "rules/PolicyTestRunner.h"

namespace mianshen::authoring {

EditorTestRun::EditorTestRun(const catalog::FeedCatalog &catalog) : m_catalog(catalog) {}

QList<EditorTestOutcome> EditorTestRun::run(const EditorDocument &document, rules::Language language) const
{
    QList<EditorTestOutcome> out;
    rules::Diagnostics diagnostics;
    const auto policy = rules::PolicyLoader(m_catalog).loadText(document.toSource(), QStringLiteral("policy.json"), diagnostics);
    if (!policy || diagnostics.hasErrors()) {
        const int errors = diagnostics.errorCount();
        for (const EditorTestCase &t : document.tests)
            out.append({t.name, false,
                        {QStringLiteral("未运行：政策有 %1 个错误，请先改正").arg(errors),
                         QStringLiteral("not run: the policy has %1 error(s); correct them first").arg(errors)},
                        {}});
        return out;
    }
    const rules::PolicyTestRunner runner(m_catalog);
    for (const rules::PolicyTest &t : policy->tests) {
        const rules::PolicyTestRunner::Result r = runner.run(*policy, t);
        out.append({r.name, r.passed, r.message, r.trace.render(language)});
    }
    return out;
}

} // namespace mianshen::authoring
