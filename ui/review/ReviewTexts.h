#pragma once

#include <QCoreApplication>
#include <QString>

namespace mianshen::ui {

// Words of the review desk shown to people: award statuses, reviewers'
// actions, periods, times, in the current language.
class ReviewTexts final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::ui::ReviewTexts)
public:
    static QString status(const QString &status);     // "awaiting_review" -> "awaiting review"
    static QString action(const QString &action);     // "reject" -> "rejected"
    static QString period(const QString &period);     // '' -> "one-off"
    static QString time(const QString &isoUtc);       // local "yyyy-MM-dd HH:mm", or as given
    static QString duration(qint64 seconds);          // "3 h 12 min", "2 d 4 h"
};

} // namespace mianshen::ui
