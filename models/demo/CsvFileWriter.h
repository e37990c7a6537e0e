#pragma once

#include "demo/CivilDate.h"
#include "domain/Result.h"

#include <QFile>
#include <QString>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace mianshen::demo {

// Writes one CSV file (RFC 4180, UTF-8, "\n" line ends) from bytes: fields are
// formatted by hand into a buffer that is written out in large blocks, so
// memory stays flat and tens of millions of rows take seconds, not minutes.
class CsvFileWriter final
{
public:
    explicit CsvFileWriter(const QString &path);
    ~CsvFileWriter();
    CsvFileWriter(const CsvFileWriter &) = delete;
    CsvFileWriter &operator=(const CsvFileWriter &) = delete;

    // Creates the file and writes the header row.
    domain::Status open(const std::vector<std::string_view> &header);

    // Field separator (call between fields, not before the first).
    void comma() { put(','); }
    // Text written as is: the caller knows it needs no quoting.
    void plain(std::string_view text) { append(text.data(), text.size()); }
    // Text quoted when it holds a comma, quote or line break (quotes doubled).
    void text(std::string_view text);
    void integer(std::int64_t value);
    void zeroPadded(std::uint64_t value, int width);
    void date(int days);             // YYYY-MM-DD
    void month(int monthIndex);      // YYYY-MM (monthIndex = year * 12 + month - 1)
    void money(std::int64_t fen);    // yuan: "1234", "1234.5", "1234.56"
    void hundredths(std::int64_t v); // decimal, always two places: "89.56"
    void boolean(bool value) { put(value ? '1' : '0'); }
    void put(char c)
    {
        if (m_size == m_buffer.size())
            flush();
        m_buffer[m_size++] = c;
    }
    void endRow();

    // Flushes and closes; the error of any failed write.
    domain::Status finish();

    std::int64_t rows() const { return m_rows; }
    const QString &path() const { return m_path; }

private:
    void append(const char *data, std::size_t n);
    void flush();

    QString m_path;
    QFile m_file;
    std::vector<char> m_buffer;
    std::size_t m_size = 0;
    std::int64_t m_rows = 0;
    QString m_error;
};

} // namespace mianshen::demo
