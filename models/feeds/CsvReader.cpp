#include "feeds/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <array>
#include <cstring>

namespace mianshen::feeds {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::feeds::CsvReader", text);
}

// Bytes that end an unquoted run.
constexpr std::array<bool, 256> makeSpecial()
{
    std::array<bool, 256> t{};
    t[','] = t['\n'] = t['\r'] = t['"'] = true;
    return t;
}
constexpr auto kSpecial = makeSpecial();

} // namespace

CsvReader::CsvReader(QIODevice *device, std::size_t chunkSize)
    : m_device(device), m_buffer(chunkSize < 4 ? 4 : chunkSize)
{
    m_record.reserve(4096);
    m_fieldEnds.reserve(64);
}

void CsvReader::fail(const QString &message)
{
    m_failed = true;
    m_error = message;
}

bool CsvReader::fill()
{
    if (m_eof || m_failed)
        return false;
    const qint64 n = m_device->read(m_buffer.data(), qint64(m_buffer.size()));
    if (n < 0) {
        fail(tr("Cannot read the file: %1").arg(m_device->errorString()));
        return false;
    }
    if (n == 0) {
        m_eof = true;
        m_pos = m_end = 0;
        return false;
    }
    if (m_observer)
        m_observer(m_buffer.data(), std::size_t(n));
    m_pos = 0;
    m_end = std::size_t(n);
    m_bytesRead += n;
    return true;
}

// The first read, and a byte-order mark skipped; false when there is nothing
// to read (an empty file or a read error).
bool CsvReader::startFile()
{
    m_started = true;
    if (!fill())
        return false;
    // A byte-order mark may be split over reads only in absurdly small chunks.
    while (m_end - m_pos < 3 && !m_eof) {
        const std::size_t have = m_end - m_pos;
        char head[3];
        std::memcpy(head, m_buffer.data() + m_pos, have);
        const qint64 more = m_device->read(m_buffer.data() + have, qint64(m_buffer.size() - have));
        std::memcpy(m_buffer.data(), head, have);
        if (more <= 0) {
            m_eof = more == 0;
            if (more < 0)
                fail(tr("Cannot read the file: %1").arg(m_device->errorString()));
            break;
        }
        if (m_observer)
            m_observer(m_buffer.data() + have, std::size_t(more));
        m_bytesRead += more;
        m_pos = 0;
        m_end = have + std::size_t(more);
    }
    if (m_failed)
        return false;
    if (m_end - m_pos >= 3 && std::memcmp(m_buffer.data() + m_pos, "\xEF\xBB\xBF", 3) == 0)
        m_pos += 3;
    return true;
}

void CsvReader::noteProblem(RecordProblem p)
{
    if (m_problem == RecordProblem::None) {
        m_problem = p;
        m_problemField = int(m_fieldEnds.size());
    }
}

// A quoted field, from after its opening quote to after its closing quote
// (or the end of the file); false on a read error or an unterminated quote.
bool CsvReader::readQuoted()
{
    for (;;) {
        if (m_pos == m_end && !fill()) {
            if (!m_failed) {
                m_unterminated = true;
                fail(tr("Line %1: a quoted field is not closed before the end of the file.").arg(m_recordLine));
            }
            return false;
        }
        const char *b = m_buffer.data() + m_pos;
        const char *e = m_buffer.data() + m_end;
        const char *q = static_cast<const char *>(std::memchr(b, '"', std::size_t(e - b)));
        const char *stop = q ? q : e;
        for (const char *c = b; c < stop; ++c)
            if (*c == '\n')
                ++m_line;
        m_record.append(b, std::size_t(stop - b));
        m_pos += std::size_t(stop - b);
        if (m_record.size() > m_maxRecordBytes) {
            fail(tr("Line %1: the record is longer than %2 bytes.").arg(m_recordLine).arg(m_maxRecordBytes));
            return false;
        }
        if (!q)
            continue;
        ++m_pos; // the quote
        if (m_pos == m_end && !fill())
            return !m_failed; // closing quote at end of file
        if (m_buffer[m_pos] == '"') {
            m_record.push_back('"');
            ++m_pos;
            continue;
        }
        return true;
    }
}

// An unquoted run (or what follows a closing quote) up to the field's end.
CsvReader::FieldEnd CsvReader::readUnquoted(bool afterQuote)
{
    for (;;) {
        if (m_pos == m_end && !fill())
            return m_failed ? FieldEnd::Error : FieldEnd::Record;
        const char *b = m_buffer.data() + m_pos;
        const char *e = m_buffer.data() + m_end;
        const char *c = b;
        while (c < e && !kSpecial[static_cast<unsigned char>(*c)])
            ++c;
        if (c != b) {
            if (afterQuote)
                noteProblem(RecordProblem::TextAfterQuote);
            m_record.append(b, std::size_t(c - b));
            m_pos += std::size_t(c - b);
            if (m_record.size() > m_maxRecordBytes) {
                fail(tr("Line %1: the record is longer than %2 bytes.").arg(m_recordLine).arg(m_maxRecordBytes));
                return FieldEnd::Error;
            }
        }
        if (c == e)
            continue;
        const char ch = *c;
        if (ch == ',') {
            ++m_pos;
            return FieldEnd::Next;
        }
        if (ch == '\n') {
            ++m_pos;
            ++m_line;
            return FieldEnd::Record;
        }
        if (ch == '\r') {
            ++m_pos;
            if (m_pos == m_end && !fill())
                return m_failed ? FieldEnd::Error : FieldEnd::Record;
            if (m_buffer[m_pos] == '\n') {
                ++m_pos;
                ++m_line;
                return FieldEnd::Record;
            }
            if (afterQuote)
                noteProblem(RecordProblem::TextAfterQuote);
            m_record.push_back('\r'); // a lone CR is data
            continue;
        }
        // A quote inside an unquoted field (or after a closing quote).
        noteProblem(afterQuote ? RecordProblem::TextAfterQuote : RecordProblem::StrayQuote);
        m_record.push_back('"');
        ++m_pos;
    }
}

CsvReader::Status CsvReader::next()
{
    if (m_failed)
        return Status::Error;
    if (!m_started && !startFile())
        return m_failed ? Status::Error : Status::End;
    for (;;) {
        m_record.clear();
        m_fieldEnds.clear();
        m_problem = RecordProblem::None;
        m_problemField = -1;
        if (m_pos == m_end && !fill())
            return m_failed ? Status::Error : Status::End;
        m_recordLine = m_line;
        bool anyQuoted = false;
        for (;;) {
            // Start of a field.
            if (m_pos == m_end && !fill()) {
                if (m_failed)
                    return Status::Error;
                m_fieldEnds.push_back(m_record.size());
                break;
            }
            bool afterQuote = false;
            if (m_buffer[m_pos] == '"') {
                anyQuoted = true;
                ++m_pos;
                if (!readQuoted())
                    return Status::Error;
                afterQuote = true;
            }
            const FieldEnd end = readUnquoted(afterQuote);
            if (end == FieldEnd::Error)
                return Status::Error;
            m_fieldEnds.push_back(m_record.size());
            if (end == FieldEnd::Record)
                break;
        }
        if (!anyQuoted && m_fieldEnds.size() == 1 && m_fieldEnds[0] == 0)
            continue; // blank line
        if (m_problem == RecordProblem::None) {
            for (int i = 0; i < fieldCount(); ++i)
                if (!isValidUtf8(field(i))) {
                    m_problem = RecordProblem::InvalidUtf8;
                    m_problemField = i;
                    break;
                }
        }
        return Status::Record;
    }
}

bool CsvReader::isValidUtf8(std::string_view bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *e = s + bytes.size();
    while (s < e) {
        // ASCII fast path, 8 bytes at a time.
        while (e - s >= 8) {
            std::uint64_t word;
            std::memcpy(&word, s, 8);
            if (word & 0x8080808080808080ULL)
                break;
            s += 8;
        }
        if (s >= e)
            break;
        const unsigned char c = *s;
        if (c < 0x80) {
            ++s;
            continue;
        }
        int extra;
        std::uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (e - s <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((s[k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[k] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        s += extra + 1;
    }
    return true;
}

} // namespace mianshen::feeds
