#include "itemmodels/CsvWriter.h"

namespace mianshen::itemmodels {

CsvWriter::CsvWriter(QIODevice &out, bool byteOrderMark)
    : m_out(out)
    , m_bomPending(byteOrderMark)
{
}

QString CsvWriter::quote(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += quote(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    QByteArray bytes = line.toUtf8();
    if (m_bomPending) {
        bytes.prepend("\xEF\xBB\xBF");
        m_bomPending = false;
    }
    return m_out.write(bytes) == bytes.size();
}

} // namespace mianshen::itemmodels
