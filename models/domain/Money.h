#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace mianshen::domain {

// An exact amount of money in fen (1 yuan = 100 fen). Never floating point.
class Money final
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }

    // Parses yuan written as a decimal with at most two places: "1234",
    // "1234.5", "-3.05". Anything else (a third place, exponent, spaces,
    // thousands separators, overflow) gives nullopt.
    static std::optional<Money> parseYuan(QStringView text, bool allowNegative = false);

    constexpr std::int64_t fen() const { return m_fen; }

    // "1234.50" (always two places, no separators): the form for files.
    QString toYuanString() const;
    // "¥1,234.50": the form for people.
    QString toDisplayString() const;

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr auto operator<=>(Money, Money) = default;
    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money &operator+=(Money o) { m_fen += o.m_fen; return *this; }

private:
    constexpr explicit Money(std::int64_t fen) : m_fen(fen) {}
    std::int64_t m_fen = 0;
};

// Parses a decimal with at most two places into hundredths ("12.5" -> 1250).
std::optional<std::int64_t> parseHundredths(QStringView text, bool allowNegative = false);

} // namespace mianshen::domain
