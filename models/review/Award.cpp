#include "review/Award.h"

#include <QCoreApplication>

namespace mianshen::review {

QStringList allAwardStatuses()
{
    return {QLatin1String(status::AwaitingReview), QLatin1String(status::Reopened), QLatin1String(status::Returned),
            QLatin1String(status::Approved), QLatin1String(status::Rejected), QLatin1String(status::Held),
            QLatin1String(status::Withdrawn), QLatin1String(status::Paid)};
}

QStringList openAwardStatuses()
{
    return {QLatin1String(status::AwaitingReview), QLatin1String(status::Reopened)};
}

QString awardStatusTitle(const QString &s)
{
    static const char *const names[][2] = {
        {status::Approved, QT_TRANSLATE_NOOP("mianshen::review::Award", "approved")},
        {status::AwaitingReview, QT_TRANSLATE_NOOP("mianshen::review::Award", "awaiting review")},
        {status::Returned, QT_TRANSLATE_NOOP("mianshen::review::Award", "returned for data correction")},
        {status::Rejected, QT_TRANSLATE_NOOP("mianshen::review::Award", "rejected")},
        {status::Held, QT_TRANSLATE_NOOP("mianshen::review::Award", "held (over budget)")},
        {status::Reopened, QT_TRANSLATE_NOOP("mianshen::review::Award", "reopened")},
        {status::Withdrawn, QT_TRANSLATE_NOOP("mianshen::review::Award", "withdrawn")},
        {status::Paid, QT_TRANSLATE_NOOP("mianshen::review::Award", "paid")},
    };
    for (const auto &n : names)
        if (s == QLatin1String(n[0]))
            return QCoreApplication::translate("mianshen::review::Award", n[1]);
    return s;
}

bool Award::isOpen() const
{
    return status == QLatin1String(status::AwaitingReview) || status == QLatin1String(status::Reopened);
}

} // namespace mianshen::review
