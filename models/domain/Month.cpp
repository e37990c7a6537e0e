#include "domain/Month.h"

namespace mianshen::domain {

std::optional<Month> Month::parse(QStringView text)
{
    if (text.size() != 7 || text[4] != u'-')
        return std::nullopt;
    int year = 0;
    int month = 0;
    for (int i = 0; i < 7; ++i) {
        if (i == 4)
            continue;
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (i < 4)
            year = year * 10 + (c - u'0');
        else
            month = month * 10 + (c - u'0');
    }
    if (year < 1 || month < 1 || month > 12)
        return std::nullopt;
    return fromYearMonth(year, month);
}

QString Month::toString() const
{
    return QStringLiteral("%1-%2").arg(year(), 4, 10, QLatin1Char('0')).arg(month(), 2, 10, QLatin1Char('0'));
}

} // namespace mianshen::domain
