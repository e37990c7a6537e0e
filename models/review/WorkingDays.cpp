#include "review/WorkingDays.h"

namespace mianshen::review {

namespace {
bool working(QDate d)
{
    return d.dayOfWeek() <= 5;
}
} // namespace

QDate WorkingDays::add(QDate from, int days)
{
    QDate d = from;
    while (days > 0) {
        d = d.addDays(1);
        if (working(d))
            --days;
    }
    return d;
}

int WorkingDays::between(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const qint64 span = from.daysTo(to);
    const qint64 weeks = span / 7;
    int n = int(weeks * 5);
    for (QDate d = from.addDays(weeks * 7 + 1); d <= to; d = d.addDays(1))
        if (working(d))
            ++n;
    return n;
}

QDate WorkingDays::overdueCutoff(QDate today, int days)
{
    // Overdue when more than `days` working days passed since the day it
    // started waiting: between(since, today) > days.
    QDate d = today;
    while (between(d, today) <= days)
        d = d.addDays(-1);
    return d;
}

} // namespace mianshen::review
