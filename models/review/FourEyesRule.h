#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mianshen::review {

struct Award;
struct ReviewSettings;

// Who may approve: two different reviewers when the policy asks for it
// (amount above four_eyes.above_yuan, or a four_eyes flag fired); the person
// who published the policy version never approves its cases alone (their
// approval always needs a second, different reviewer); nobody gives both
// approvals of a case.
class FourEyesRule final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::review::FourEyesRule)
public:
    // 1 or 2.
    static int approvalsNeeded(const ReviewSettings &settings, const Award &award);

    enum class Verdict { Final, FirstOfTwo };
    // Whether `actor`'s approval of `award` (award.firstApprovedBy = an earlier
    // approval, if any) completes it or is the first of two; refused (with the
    // reason) when actor gave the first approval already.
    static domain::Result<Verdict> judge(const ReviewSettings &settings, const Award &award, const QString &actor);
};

} // namespace mianshen::review
