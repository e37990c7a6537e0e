#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace mianshen::domain {

// A calendar month, the period of a matching run and of a monthly payment.
// Stored as a count of months since year 0 so that arithmetic is exact.
class Month final
{
public:
    constexpr Month() = default;
    static constexpr Month fromYearMonth(int year, int month) { return Month(year * 12 + (month - 1)); }
    static Month fromDate(QDate date) { return fromYearMonth(date.year(), date.month()); }
    // "YYYY-MM" exactly; nullopt otherwise.
    static std::optional<Month> parse(QStringView text);

    constexpr int year() const { return m_index / 12; }
    constexpr int month() const { return m_index % 12 + 1; }
    constexpr int index() const { return m_index; }
    QDate firstDay() const { return QDate(year(), month(), 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    QString toString() const;

    constexpr Month addMonths(int n) const { return Month(m_index + n); }
    constexpr int monthsUntil(Month later) const { return later.m_index - m_index; }

    friend constexpr bool operator==(Month, Month) = default;
    friend constexpr auto operator<=>(Month, Month) = default;

private:
    constexpr explicit Month(int index) : m_index(index) {}
    int m_index = 0;
};

} // namespace mianshen::domain
