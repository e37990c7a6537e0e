#include "rules/Snapshot.h"

namespace mianshen::rules {

using catalog::ColumnType;

ValueKind valueKindFor(ColumnType type)
{
    switch (type) {
    case ColumnType::Bool: return ValueKind::Bool;
    case ColumnType::Integer:
    case ColumnType::Year: return ValueKind::Integer;
    case ColumnType::Money: return ValueKind::Money;
    case ColumnType::Decimal: return ValueKind::Decimal;
    case ColumnType::Date: return ValueKind::Date;
    case ColumnType::Month: return ValueKind::Month;
    default: return ValueKind::String;
    }
}

namespace DayNumber {

std::int32_t fromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int32_t(era * 146097 + int(doe) - 719468);
}

void toCivil(std::int32_t z, int &year, int &month, int &day)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = int(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = y + (month <= 2);
}

static bool digits(QStringView t, int from, int n, int &out)
{
    out = 0;
    for (int i = from; i < from + n; ++i) {
        const QChar c = t[i];
        if (c < u'0' || c > u'9')
            return false;
        out = out * 10 + (c.unicode() - u'0');
    }
    return true;
}

bool parse(QStringView t, std::int32_t &days)
{
    int y, m, d;
    if (t.size() != 10 || t[4] != u'-' || t[7] != u'-' || !digits(t, 0, 4, y) || !digits(t, 5, 2, m)
        || !digits(t, 8, 2, d))
        return false;
    if (m < 1 || m > 12 || d < 1)
        return false;
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > lengths[m - 1] + (m == 2 && leap ? 1 : 0))
        return false;
    days = fromCivil(y, m, d);
    return true;
}

QString toString(std::int32_t days)
{
    int y, m, d;
    toCivil(days, y, m, d);
    return QStringLiteral("%1-%2-%3")
        .arg(y, 4, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(d, 2, 10, QLatin1Char('0'));
}

} // namespace DayNumber

bool parseMonthIndex(QStringView t, std::int32_t &index)
{
    int y, m;
    if (t.size() != 7 || t[4] != u'-' || !DayNumber::digits(t, 0, 4, y) || !DayNumber::digits(t, 5, 2, m)
        || m < 1 || m > 12)
        return false;
    index = y * 12 + m - 1;
    return true;
}

QString monthIndexToString(std::int32_t index)
{
    const int y = index >= 0 ? index / 12 : (index - 11) / 12;
    const int m = index - y * 12 + 1;
    return QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
}

QString SubjectTable::id(std::int32_t index) const
{
    const auto &a = ids[std::size_t(index)];
    return QString::fromLatin1(a.data(), 18);
}

std::int32_t SubjectTable::find(QStringView id) const
{
    if (id.size() != 18)
        return -1;
    const QByteArray latin1 = id.toLatin1();
    return find(latin1.constData());
}

const ColumnArray *FeedTable::column(const QString &name) const
{
    for (const ColumnArray &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

const FeedTable *Snapshot::table(const QString &feed, SubjectKind kind) const
{
    const auto it = m_tableIndex.constFind(feed + u'/' + QString::number(int(kind)));
    return it == m_tableIndex.constEnd() ? nullptr : &m_tables[std::size_t(*it)];
}

} // namespace mianshen::rules
