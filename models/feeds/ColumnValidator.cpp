#include "feeds/ColumnValidator.h"

#include "domain/IdentityCodes.h"
#include "domain/Money.h"

#include <cstring>

namespace mianshen::feeds {

namespace id = domain::identity;
using catalog::ColumnType;

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view v)
{
    for (char c : v)
        if (!isDigit(c))
            return false;
    return true;
}

int number(std::string_view v)
{
    int n = 0;
    for (char c : v)
        n = n * 10 + (c - '0');
    return n;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return days[month - 1];
}

QString fromUtf8(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// ASCII bytes to UTF-16 for the domain parsers; false if not ASCII or too long.
bool toUtf16(std::string_view v, char16_t *buffer, std::size_t capacity)
{
    if (v.size() > capacity)
        return false;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (static_cast<unsigned char>(v[i]) >= 0x80)
            return false;
        buffer[i] = char16_t(v[i]);
    }
    return true;
}

// Money and decimals: which reason applies when parsing failed.
ProblemCode numberProblem(std::string_view v, bool allowNegative, ProblemCode format, ProblemCode decimals,
                          ProblemCode negative)
{
    std::size_t i = 0;
    bool minus = false;
    if (!v.empty() && v[0] == '-') {
        minus = true;
        i = 1;
    }
    std::size_t digits = 0;
    while (i < v.size() && isDigit(v[i]))
        ++i, ++digits;
    if (digits == 0)
        return format;
    if (i < v.size() && v[i] == '.') {
        ++i;
        std::size_t places = 0;
        while (i < v.size() && isDigit(v[i]))
            ++i, ++places;
        if (i == v.size() && places > 2)
            return decimals;
    }
    if (i == v.size() && minus && !allowNegative)
        return negative;
    return format;
}

// An id number with a lower-case x, upper-cased into scratch.
std::string_view upperX(std::string_view v, char *scratch)
{
    if (v.size() == std::size_t(id::IdNumberLength) && v.back() == 'x') {
        std::memcpy(scratch, v.data(), v.size());
        scratch[v.size() - 1] = 'X';
        return std::string_view(scratch, v.size());
    }
    return v;
}

ProblemCode idProblem(id::CodeProblem p, std::string_view v, QString *detail)
{
    switch (p) {
    case id::CodeProblem::None:
        return ProblemCode::None;
    case id::CodeProblem::Length:
        return ProblemCode::IdNumberLength;
    case id::CodeProblem::Character:
        return ProblemCode::IdNumberCharacter;
    case id::CodeProblem::CheckCharacter:
        if (detail)
            if (const auto c = id::idNumberCheckCharacter(v.substr(0, 17)))
                *detail = QString(QLatin1Char(*c));
        return ProblemCode::IdNumberCheck;
    case id::CodeProblem::BirthDate:
        return ProblemCode::IdNumberBirthDate;
    }
    return ProblemCode::IdNumberCharacter;
}

ProblemCode creditProblem(id::CodeProblem p, std::string_view v, QString *detail)
{
    switch (p) {
    case id::CodeProblem::None:
        return ProblemCode::None;
    case id::CodeProblem::Length:
        return ProblemCode::CreditCodeLength;
    case id::CodeProblem::CheckCharacter:
        if (detail)
            if (const auto c = id::creditCodeCheckCharacter(v.substr(0, 17)))
                *detail = QString(QLatin1Char(*c));
        return ProblemCode::CreditCodeCheck;
    default:
        return ProblemCode::CreditCodeCharacter;
    }
}

} // namespace

ColumnValidator::ColumnValidator(const catalog::Column &column, bool isKey)
    : m_column(column), m_isKey(isKey)
{
    for (const QString &word : column.enumValues)
        m_enum.push_back(word.toStdString());
    if (!column.pattern.isEmpty())
        m_pattern = QRegularExpression(QRegularExpression::anchoredPattern(column.pattern));
}

ProblemCode ColumnValidator::checkDate(std::string_view v, int *year, int *month, int *day)
{
    if (v.size() != 10 || v[4] != '-' || v[7] != '-' || !allDigits(v.substr(0, 4)) || !allDigits(v.substr(5, 2))
        || !allDigits(v.substr(8, 2)))
        return ProblemCode::DateFormat;
    const int y = number(v.substr(0, 4));
    const int m = number(v.substr(5, 2));
    const int d = number(v.substr(8, 2));
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return ProblemCode::DateNotReal;
    if (year)
        *year = y;
    if (month)
        *month = m;
    if (day)
        *day = d;
    return ProblemCode::None;
}

ProblemCode ColumnValidator::checkMonth(std::string_view v)
{
    if (v.size() != 7 || v[4] != '-' || !allDigits(v.substr(0, 4)) || !allDigits(v.substr(5, 2)))
        return ProblemCode::MonthFormat;
    const int y = number(v.substr(0, 4));
    const int m = number(v.substr(5, 2));
    if (y < 1 || m < 1 || m > 12)
        return ProblemCode::MonthFormat;
    return ProblemCode::None;
}

ProblemCode ColumnValidator::checkYear(std::string_view v, qint64 *year)
{
    if (v.size() != 4 || !allDigits(v) || number(v) < 1)
        return ProblemCode::YearFormat;
    if (year)
        *year = number(v);
    return ProblemCode::None;
}

ProblemCode ColumnValidator::checkArea(std::string_view v)
{
    if (v.size() < 6 || !allDigits(v.substr(0, 6)))
        return ProblemCode::AreaFormat;
    if (v.size() == 6)
        return ProblemCode::None;
    if (v[6] != '-' || v.size() == 7)
        return ProblemCode::AreaFormat;
    for (char c : v.substr(7))
        if (!isDigit(c) && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z'))
            return ProblemCode::AreaFormat;
    return ProblemCode::None;
}

int ColumnValidator::parseBool(std::string_view v)
{
    if (v == "1" || v == "true" || v == "\xE6\x98\xAF") // 是
        return 1;
    if (v == "0" || v == "false" || v == "\xE5\x90\xA6") // 否
        return 0;
    return -1;
}

qsizetype ColumnValidator::utf8Length(std::string_view v)
{
    qsizetype n = 0;
    for (char c : v)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

ProblemCode ColumnValidator::check(std::string_view v, FieldValue &out, char *scratch, QString *detail) const
{
    out.subject = FieldValue::Subject::None;
    if (v.empty()) {
        if (!m_column.optional)
            return ProblemCode::MissingValue;
        if (m_isKey) {
            out.kind = FieldValue::Kind::Text;
            out.text = std::string_view();
        } else {
            out.kind = FieldValue::Kind::Null;
        }
        return ProblemCode::None;
    }
    out.kind = FieldValue::Kind::Text;
    out.text = v;
    switch (m_column.type) {
    case ColumnType::Text:
        return checkText(v, detail);
    case ColumnType::Enum:
        for (const std::string &word : m_enum)
            if (v == word)
                return ProblemCode::None;
        if (detail)
            *detail = m_column.enumValues.join(QStringLiteral(", "));
        return ProblemCode::EnumValue;
    case ColumnType::Date:
        return checkDate(v);
    case ColumnType::Month:
        return checkMonth(v);
    case ColumnType::Year: {
        qint64 year = 0;
        const ProblemCode p = checkYear(v, &year);
        out.kind = FieldValue::Kind::Integer;
        out.integer = year;
        return p;
    }
    case ColumnType::Money:
    case ColumnType::Decimal:
        return checkHundredths(v, out);
    case ColumnType::Bool: {
        const int b = parseBool(v);
        if (b < 0)
            return ProblemCode::BoolValue;
        out.kind = FieldValue::Kind::Integer;
        out.integer = b;
        return ProblemCode::None;
    }
    case ColumnType::Integer:
        return checkInteger(v, out, detail);
    case ColumnType::IdNumber:
    case ColumnType::CreditCode:
    case ColumnType::PatentNo:
    case ColumnType::SubjectId:
        return checkCode(v, out, scratch, detail);
    case ColumnType::Area:
        return checkArea(v);
    }
    return ProblemCode::None;
}

ProblemCode ColumnValidator::checkText(std::string_view v, QString *detail) const
{
    if (m_column.minLength > 0 || m_column.maxLength > 0) {
        const qsizetype n = utf8Length(v);
        if (m_column.minLength > 0 && n < m_column.minLength) {
            if (detail)
                *detail = QString::number(m_column.minLength);
            return ProblemCode::TextTooShort;
        }
        if (m_column.maxLength > 0 && n > m_column.maxLength) {
            if (detail)
                *detail = QString::number(m_column.maxLength);
            return ProblemCode::TextTooLong;
        }
    }
    if (!m_column.pattern.isEmpty() && !m_pattern.match(fromUtf8(v)).hasMatch()) {
        if (detail)
            *detail = m_column.note.isEmpty() ? m_column.pattern : m_column.note;
        return ProblemCode::TextPattern;
    }
    return ProblemCode::None;
}

// Money (fen) and decimals (hundredths).
ProblemCode ColumnValidator::checkHundredths(std::string_view v, FieldValue &out) const
{
    char16_t buffer[40];
    const bool money = m_column.type == ColumnType::Money;
    std::optional<qint64> parsed;
    if (toUtf16(v, buffer, std::size(buffer))) {
        const QStringView view(buffer, qsizetype(v.size()));
        if (money) {
            if (const auto m = domain::Money::parseYuan(view, m_column.negativeAllowed))
                parsed = m->fen();
        } else {
            parsed = domain::parseHundredths(view, m_column.negativeAllowed);
        }
    }
    if (!parsed)
        return money ? numberProblem(v, m_column.negativeAllowed, ProblemCode::MoneyFormat,
                                     ProblemCode::MoneyDecimals, ProblemCode::MoneyNegative)
                     : numberProblem(v, m_column.negativeAllowed, ProblemCode::DecimalFormat,
                                     ProblemCode::DecimalDecimals, ProblemCode::DecimalNegative);
    out.kind = FieldValue::Kind::Integer;
    out.integer = *parsed;
    return ProblemCode::None;
}

ProblemCode ColumnValidator::checkInteger(std::string_view v, FieldValue &out, QString *detail) const
{
    std::size_t i = 0;
    const bool minus = v[0] == '-';
    if (minus)
        i = 1;
    if (i == v.size() || v.size() - i > 18 || !allDigits(v.substr(i)))
        return ProblemCode::IntegerFormat;
    qint64 n = 0;
    for (; i < v.size(); ++i)
        n = n * 10 + (v[i] - '0');
    if (minus)
        n = -n;
    if (m_column.hasRange && (n < m_column.minValue || n > m_column.maxValue)) {
        if (detail) {
            const bool noMax = m_column.maxValue == std::numeric_limits<qint64>::max();
            const bool noMin = m_column.minValue == std::numeric_limits<qint64>::min();
            if (noMax)
                *detail = QStringLiteral(">= ") + QString::number(m_column.minValue);
            else if (noMin)
                *detail = QStringLiteral("<= ") + QString::number(m_column.maxValue);
            else
                *detail = QString::number(m_column.minValue) + u'-' + QString::number(m_column.maxValue);
        }
        return ProblemCode::IntegerRange;
    }
    out.kind = FieldValue::Kind::Integer;
    out.integer = n;
    return ProblemCode::None;
}

// Id numbers, credit codes, patent numbers and subject ids (either of the first two).
ProblemCode ColumnValidator::checkCode(std::string_view v, FieldValue &out, char *scratch, QString *detail) const
{
    switch (m_column.type) {
    case ColumnType::IdNumber: {
        const ProblemCode p = idProblem(id::checkIdNumber(v), v, detail);
        if (p == ProblemCode::None)
            out.text = upperX(v, scratch);
        return p;
    }
    case ColumnType::CreditCode:
        return creditProblem(id::checkCreditCode(v), v, detail);
    case ColumnType::PatentNo: {
        const id::CodeProblem p = id::checkPatentNumber(v);
        if (p == id::CodeProblem::None)
            return ProblemCode::None;
        if (p == id::CodeProblem::CheckCharacter) {
            if (detail)
                if (const auto c = id::patentCheckCharacter(v.substr(2, 12)))
                    *detail = QString(QLatin1Char(*c));
            return ProblemCode::PatentNoCheck;
        }
        return ProblemCode::PatentNoFormat;
    }
    case ColumnType::SubjectId:
        if (id::checkIdNumber(v) == id::CodeProblem::None) {
            out.text = upperX(v, scratch);
            // Valid both ways (a credit code whose digits 7-14 read as a
            // birth date): the registries decide (Importer).
            out.subject = id::checkCreditCode(v) == id::CodeProblem::None ? FieldValue::Subject::Either : FieldValue::Subject::Person;
            return ProblemCode::None;
        }
        if (id::checkCreditCode(v) == id::CodeProblem::None) {
            out.subject = FieldValue::Subject::Enterprise;
            return ProblemCode::None;
        }
        return ProblemCode::SubjectIdInvalid;
    default:
        return ProblemCode::None;
    }
}

} // namespace mianshen::feeds
