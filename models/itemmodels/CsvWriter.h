#pragma once

#include <QIODevice>
#include <QStringList>

namespace mianshen::itemmodels {

// Writes RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel reads the
// Chinese text) and CRLF line ends; fields with a comma, quote or line break
// are quoted, quotes doubled.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice &out, bool byteOrderMark = true);
    bool writeRow(const QStringList &fields);
    static QString quote(const QString &field);

private:
    QIODevice &m_out;
    bool m_bomPending;
};

} // namespace mianshen::itemmodels
