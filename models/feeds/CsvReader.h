#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace mianshen::feeds {

// A streaming RFC 4180 reader for the feeds' CSV files (Qt has none).
//
// - Fields may be quoted with '"'; a quote inside is doubled; quoted fields
//   may hold commas and line breaks (kept as they are).
// - Records end with "\n" or "\r\n". A UTF-8 byte-order mark at the start is
//   skipped. Blank lines are skipped.
// - Memory stays flat: the file is read in chunks (1 MiB by default) and only
//   the current record is kept; a record longer than maxRecordBytes is an
//   error (the reader cannot resynchronise after it and stops).
// - Problems of one record (invalid UTF-8, a stray quote, text after a closing
//   quote) are reported with that record, which is still returned, so that the
//   caller can report every bad record of a file. An unterminated quoted field
//   at the end of the file and read errors end the file (Status::Error).
//
// Fields are bytes (std::string_view over UTF-8) valid until the next call of
// next(); the caller converts only what it needs.
class CsvReader final
{
public:
    enum class Status { Record, End, Error };
    enum class RecordProblem : std::uint8_t {
        None,
        InvalidUtf8,     // a field is not valid UTF-8
        StrayQuote,      // a '"' inside an unquoted field
        TextAfterQuote,  // characters between a closing quote and the next comma
    };

    explicit CsvReader(QIODevice *device, std::size_t chunkSize = 1 << 20);

    // Called with every chunk of raw bytes read from the device (e.g. to hash
    // the file while it is read).
    void setChunkObserver(std::function<void(const char *, std::size_t)> observer)
    {
        m_observer = std::move(observer);
    }
    void setMaxRecordBytes(std::size_t bytes) { m_maxRecordBytes = bytes; }

    // Reads the next record.
    Status next();

    int fieldCount() const { return int(m_fieldEnds.size()); }
    std::string_view field(int i) const
    {
        const std::size_t begin = i == 0 ? 0 : m_fieldEnds[i - 1];
        return std::string_view(m_record.data() + begin, m_fieldEnds[i] - begin);
    }
    // The physical line (1-based) where the current record starts.
    qint64 line() const { return m_recordLine; }
    RecordProblem problem() const { return m_problem; }
    // The field the problem is in (0-based), -1 if none.
    int problemField() const { return m_problemField; }
    // Bytes consumed from the device so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }
    // After Status::Error: what went wrong, and the line the bad record starts on.
    const QString &errorString() const { return m_error; }
    bool errorIsUnterminatedQuote() const { return m_unterminated; }

    // Whether bytes are valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
    static bool isValidUtf8(std::string_view bytes);

private:
    bool fill();          // reads more; false at end of device or on error
    void fail(const QString &message);
    // The steps of next().
    enum class FieldEnd : std::uint8_t { Next, Record, Error };
    bool startFile();
    bool readQuoted();
    FieldEnd readUnquoted(bool afterQuote);
    void noteProblem(RecordProblem p);

    QIODevice *m_device;
    std::function<void(const char *, std::size_t)> m_observer;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_failed = false;
    bool m_unterminated = false;
    std::size_t m_maxRecordBytes = 64 << 20;

    std::string m_record;                 // the current record's field bytes, unescaped
    std::vector<std::size_t> m_fieldEnds; // end offset of each field in m_record
    qint64 m_line = 1;                    // physical line at m_pos
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    RecordProblem m_problem = RecordProblem::None;
    int m_problemField = -1;
    QString m_error;
};

} // namespace mianshen::feeds
