#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace mianshen::stats {

// A table to export (CSV, .xlsx, print): a header and rows whose cells are
// text, counts (qint64) or money (qint64 fen), as the column's kind says.
struct ExportTable final
{
    enum class Kind { Text, Count, Money };
    QString title;
    QStringList header;
    QList<Kind> kinds;
    QList<QVariantList> rows;
};

} // namespace mianshen::stats
