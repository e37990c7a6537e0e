#include "feeds/ImportReport.h"

#include <QFileInfo>
#include <QIODevice>

#include <algorithm>

namespace mianshen::feeds {

namespace {

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QList<ImportProblem> sorted(const QList<ImportProblem> &problems)
{
    QList<ImportProblem> list = problems;
    std::stable_sort(list.begin(), list.end(), [](const ImportProblem &a, const ImportProblem &b) {
        return a.line < b.line;
    });
    return list;
}

} // namespace

QString ImportReport::resultName(Result r)
{
    switch (r) {
    case Result::Imported:
        return QStringLiteral("imported");
    case Result::Rejected:
        return QStringLiteral("rejected");
    case Result::Skipped:
        return QStringLiteral("skipped");
    case Result::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString ImportReport::modeName(Mode m)
{
    return m == Mode::Delta ? QStringLiteral("delta") : QStringLiteral("snapshot");
}

QByteArray ImportReport::csvHeader()
{
    return QByteArrayLiteral("file,line,column,value,severity,reason_code,reason_zh,reason_en\r\n");
}

QByteArray ImportReport::csvRows() const
{
    QByteArray out;
    const QString file = QFileInfo(filePath).fileName();
    for (const ImportProblem &p : sorted(problems)) {
        // A problem of the whole file (its name, its header) has no line.
        out += csvField(file) + ',' + (p.line > 0 ? QByteArray::number(p.line) : QByteArray()) + ',' + csvField(p.column) + ','
            + csvField(p.value) + ',' + (p.severity == Severity::Error ? "error" : "warning") + ','
            + csvField(p.codeName()) + ',' + csvField(p.reasonZh) + ',' + csvField(p.reasonEn) + "\r\n";
    }
    return out;
}

void ImportReport::writeCsv(QIODevice *device, bool withHeader) const
{
    if (withHeader)
        device->write("\xEF\xBB\xBF" + csvHeader());
    device->write(csvRows());
}

QString ImportReport::toText() const
{
    QString out;
    const QString file = QFileInfo(filePath).fileName();
    for (const ImportProblem &p : sorted(problems)) {
        out += file + (p.line > 0 ? u':' + QString::number(p.line) : QString()) + u": "
            + (p.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")) + u": ";
        if (!p.column.isEmpty())
            out += p.column + u": ";
        out += p.reasonEn + u" / " + p.reasonZh;
        if (!p.value.isEmpty())
            out += QStringLiteral(" [") + p.value + u']';
        out += u" (" + p.codeName() + u")\n";
    }
    return out;
}

} // namespace mianshen::feeds
