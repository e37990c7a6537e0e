#include "domain/Money.h"

#include <QLocale>

#include <limits>

namespace mianshen::domain {

std::optional<std::int64_t> parseHundredths(QStringView text, bool allowNegative)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && text[i] == u'-') {
        if (!allowNegative)
            return std::nullopt;
        negative = true;
        ++i;
    }
    constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max() / 1000;
    std::int64_t whole = 0;
    qsizetype digits = 0;
    for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i, ++digits) {
        whole = whole * 10 + (text[i].unicode() - u'0');
        if (whole > limit)
            return std::nullopt;
    }
    if (digits == 0)
        return std::nullopt;
    std::int64_t fraction = 0;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        qsizetype places = 0;
        for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i, ++places) {
            if (places == 2)
                return std::nullopt;
            fraction = fraction * 10 + (text[i].unicode() - u'0');
        }
        if (places == 0)
            return std::nullopt;
        if (places == 1)
            fraction *= 10;
    }
    if (i != text.size())
        return std::nullopt;
    const std::int64_t value = whole * 100 + fraction;
    return negative ? -value : value;
}

std::optional<Money> Money::parseYuan(QStringView text, bool allowNegative)
{
    const auto hundredths = parseHundredths(text, allowNegative);
    if (!hundredths)
        return std::nullopt;
    return Money(*hundredths);
}

QString Money::toYuanString() const
{
    const std::int64_t magnitude = m_fen < 0 ? -m_fen : m_fen;
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + u'.'
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString() const
{
    const std::int64_t magnitude = m_fen < 0 ? -m_fen : m_fen;
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + QStringLiteral("¥")
        + QLocale(QLocale::English).toString(static_cast<qlonglong>(magnitude / 100)) + u'.'
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace mianshen::domain
