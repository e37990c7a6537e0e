#pragma once

#include "domain/Result.h"
#include "stats/ExportTable.h"

#include <QCoreApplication>

namespace mianshen::itemmodels {

// Writes export tables: CSV (UTF-8 with BOM, money as "1234.50" yuan) and
// .xlsx (libxlsxwriter; one sheet per table, money as numbers in yuan with
// the "#,##0.00" format, counts as numbers, a bold header row).
class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::itemmodels::TableExport)
public:
    static domain::Status writeCsv(const stats::ExportTable &table, const QString &path);
    static domain::Status writeXlsx(const QList<stats::ExportTable> &sheets, const QString &path);
    // By the file's suffix (.csv or .xlsx); anything else is refused.
    static domain::Status write(const stats::ExportTable &table, const QString &path);
    // A cell as text (money as "1234.50").
    static QString cellText(const stats::ExportTable &table, int column, const QVariant &value);
};

} // namespace mianshen::itemmodels
