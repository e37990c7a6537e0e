#include "review/CaseExplanation.h"

#include "catalog/FeedCatalog.h"
#include "matching/ExplanationJson.h"
#include "matching/MatchingRun.h"

namespace mianshen::review {

domain::Result<QString> CaseExplanation::explain(store::Database &db, const QString &runPeriod,
                                                 const QString &policyCode, const QString &subjectId,
                                                 rules::Language language)
{
    using R = domain::Result<QString>;
    matching::MatchingRun run(db, catalog::FeedCatalog::builtin());
    auto answer = run.why(runPeriod, policyCode, subjectId);
    if (!answer)
        return R::failure(answer.error());
    const bool stored = answer->decision && !answer->decision->explanation.isEmpty();
    const QString json = stored ? answer->decision->explanation : answer->explanation;
    QString text = matching::ExplanationJson::render(json, language).trimmed();
    if (text.isEmpty())
        return R::failure(tr("The decision has no explanation on record. Run `mianshen why --period %1 --policy %2` "
                             "for the subject to evaluate it again.")
                              .arg(runPeriod, policyCode));
    if (!stored && answer->stacking) {
        const rules::Text note = matching::ExplanationJson::stackingNote(*answer->stacking);
        text += QLatin1Char('\n') + note.in(language);
    }
    return text;
}

} // namespace mianshen::review
