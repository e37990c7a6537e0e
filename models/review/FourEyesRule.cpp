#include "review/FourEyesRule.h"

#include "review/Award.h"
#include "review/ReviewSettings.h"

namespace mianshen::review {

int FourEyesRule::approvalsNeeded(const ReviewSettings &settings, const Award &award)
{
    if (settings.fourEyesAboveFen && award.amountFen > *settings.fourEyesAboveFen)
        return 2;
    for (const QString &f : award.flags)
        if (settings.fourEyesFlags.contains(f))
            return 2;
    return 1;
}

domain::Result<FourEyesRule::Verdict> FourEyesRule::judge(const ReviewSettings &settings, const Award &award,
                                                          const QString &actor)
{
    using R = domain::Result<Verdict>;
    if (!award.firstApprovedBy.isEmpty()) {
        if (award.firstApprovedBy == actor)
            return R::failure(tr("You gave the first approval of award %1: the second approval must come from "
                                 "another reviewer.").arg(award.id));
        return Verdict::Final;   // two different reviewers
    }
    // The publisher of the policy version never approves alone; nor does
    // anyone when the policy asks for two approvals.
    if (approvalsNeeded(settings, award) >= 2)
        return Verdict::FirstOfTwo;
    if (!settings.publishedBy.isEmpty() && settings.publishedBy == actor)
        return Verdict::FirstOfTwo;
    return Verdict::Final;
}

} // namespace mianshen::review
