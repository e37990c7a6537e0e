#pragma once

#include <QDate>

namespace mianshen::review {

// Working days are Monday to Friday (public holidays are not known to the program).
class WorkingDays final
{
public:
    // The date `days` working days after `from` (a Saturday start counts from Monday).
    static QDate add(QDate from, int days);
    // Working days from `from` (exclusive) to `to` (inclusive); 0 when to <= from.
    static int between(QDate from, QDate to);
    // The latest day d with between(d, today) > days: a case waiting since a
    // day <= d has waited longer than `days` working days today.
    static QDate overdueCutoff(QDate today, int days);
};

} // namespace mianshen::review
