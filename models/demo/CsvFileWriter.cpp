#include "demo/CsvFileWriter.h"

#include <QCoreApplication>

#include <cstring>

namespace mianshen::demo {

namespace {
constexpr std::size_t BufferSize = 1 << 20;

// Writes the decimal digits of v backwards ending at `end`; returns the start.
char *formatUnsigned(std::uint64_t v, char *end)
{
    static constexpr char Pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    char *p = end;
    while (v >= 100) {
        const auto i = static_cast<std::size_t>(v % 100) * 2;
        v /= 100;
        *--p = Pairs[i + 1];
        *--p = Pairs[i];
    }
    if (v >= 10) {
        const auto i = static_cast<std::size_t>(v) * 2;
        *--p = Pairs[i + 1];
        *--p = Pairs[i];
    } else {
        *--p = static_cast<char>('0' + v);
    }
    return p;
}

inline void twoDigits(char *p, int v)
{
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
}
} // namespace

CsvFileWriter::CsvFileWriter(const QString &path)
    : m_path(path)
    , m_file(path)
    , m_buffer(BufferSize)
{
}

CsvFileWriter::~CsvFileWriter()
{
    // Only when the caller returned early after an error of its own (which it
    // reports); a writer that succeeded was finished and checked by the caller.
    if (m_file.isOpen())
        static_cast<void>(finish());
}

domain::Status CsvFileWriter::open(const std::vector<std::string_view> &header)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return domain::Status::failure(
            QCoreApplication::translate("mianshen::demo::CsvFileWriter", "Cannot create %1: %2")
                .arg(m_path, m_file.errorString()));
    }
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (i)
            comma();
        plain(header[i]);
    }
    put('\n');
    return {};
}

void CsvFileWriter::append(const char *data, std::size_t n)
{
    if (m_size + n > m_buffer.size()) {
        flush();
        if (n > m_buffer.size())
            m_buffer.resize(n);
    }
    std::memcpy(m_buffer.data() + m_size, data, n);
    m_size += n;
}

void CsvFileWriter::text(std::string_view s)
{
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        plain(s);
        return;
    }
    put('"');
    for (char c : s) {
        if (c == '"')
            put('"');
        put(c);
    }
    put('"');
}

void CsvFileWriter::integer(std::int64_t value)
{
    char tmp[24];
    char *end = tmp + sizeof tmp;
    const bool negative = value < 0;
    char *p = formatUnsigned(negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value), end);
    if (negative)
        *--p = '-';
    append(p, static_cast<std::size_t>(end - p));
}

void CsvFileWriter::zeroPadded(std::uint64_t value, int width)
{
    char tmp[24];
    char *end = tmp + sizeof tmp;
    char *p = formatUnsigned(value, end);
    while (end - p < width)
        *--p = '0';
    append(p, static_cast<std::size_t>(end - p));
}

void CsvFileWriter::date(int days)
{
    const CivilDate d = CivilDate::fromDays(days);
    char tmp[10];
    twoDigits(tmp, d.year / 100);
    twoDigits(tmp + 2, d.year % 100);
    tmp[4] = '-';
    twoDigits(tmp + 5, d.month);
    tmp[7] = '-';
    twoDigits(tmp + 8, d.day);
    append(tmp, sizeof tmp);
}

void CsvFileWriter::month(int index)
{
    const int year = index / 12;
    const int month = index % 12 + 1;
    char tmp[7];
    twoDigits(tmp, year / 100);
    twoDigits(tmp + 2, year % 100);
    tmp[4] = '-';
    twoDigits(tmp + 5, month);
    append(tmp, sizeof tmp);
}

void CsvFileWriter::money(std::int64_t fen)
{
    if (fen < 0) {
        put('-');
        fen = -fen;
    }
    integer(fen / 100);
    const int cents = static_cast<int>(fen % 100);
    if (cents == 0)
        return;
    put('.');
    put(static_cast<char>('0' + cents / 10));
    if (cents % 10)
        put(static_cast<char>('0' + cents % 10));
}

void CsvFileWriter::hundredths(std::int64_t v)
{
    if (v < 0) {
        put('-');
        v = -v;
    }
    integer(v / 100);
    char tmp[3] = {'.', 0, 0};
    twoDigits(tmp + 1, static_cast<int>(v % 100));
    append(tmp, sizeof tmp);
}

void CsvFileWriter::endRow()
{
    put('\n');
    ++m_rows;
    if (m_size > m_buffer.size() - 4096)
        flush();
}

void CsvFileWriter::flush()
{
    if (m_size == 0)
        return;
    if (m_error.isEmpty() && m_file.write(m_buffer.data(), static_cast<qint64>(m_size)) != static_cast<qint64>(m_size)) {
        m_error = QCoreApplication::translate("mianshen::demo::CsvFileWriter", "Cannot write %1: %2")
                      .arg(m_path, m_file.errorString());
    }
    m_size = 0;
}

domain::Status CsvFileWriter::finish()
{
    if (m_file.isOpen()) {
        flush();
        m_file.close();
        if (m_error.isEmpty() && m_file.error() != QFileDevice::NoError)
            m_error = m_file.errorString();
    }
    if (!m_error.isEmpty())
        return domain::Status::failure(m_error);
    return {};
}

} // namespace mianshen::demo
