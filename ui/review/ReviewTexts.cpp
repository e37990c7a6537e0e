#include "ui/review/ReviewTexts.h"

#include <QDateTime>

namespace mianshen::ui {

QString ReviewTexts::status(const QString &status)
{
    if (status == u"approved")
        return tr("approved");
    if (status == u"awaiting_review")
        return tr("awaiting review");
    if (status == u"returned")
        return tr("returned for data correction");
    if (status == u"rejected")
        return tr("rejected");
    if (status == u"held")
        return tr("held (over budget)");
    if (status == u"reopened")
        return tr("reopened");
    if (status == u"withdrawn")
        return tr("withdrawn");
    if (status == u"paid")
        return tr("paid");
    return status;
}

QString ReviewTexts::action(const QString &action)
{
    if (action == u"approve")
        return tr("approved");
    if (action == u"reject")
        return tr("rejected");
    if (action == u"return")
        return tr("returned for data correction");
    if (action == u"second_opinion")
        return tr("asked for a second opinion");
    if (action == u"comment")
        return tr("commented");
    if (action == u"undo")
        return tr("undid the decision");
    return action;
}

QString ReviewTexts::period(const QString &period)
{
    return period.isEmpty() ? tr("one-off") : period;
}

QString ReviewTexts::time(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        return isoUtc;
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReviewTexts::duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace mianshen::ui
