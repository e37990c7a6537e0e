#include "itemmodels/TableExport.h"

#include "domain/Money.h"
#include "itemmodels/CsvWriter.h"

#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace mianshen::itemmodels {

using Kind = stats::ExportTable::Kind;

QString TableExport::cellText(const stats::ExportTable &table, int column, const QVariant &value)
{
    const Kind kind = column < table.kinds.size() ? table.kinds.at(column) : Kind::Text;
    if (kind != Kind::Text && value.isNull())
        return {}; // not counted
    if (kind == Kind::Money)
        return domain::Money::fromFen(value.toLongLong()).toYuanString();
    if (kind == Kind::Count)
        return QString::number(value.toLongLong());
    return value.toString();
}

domain::Status TableExport::writeCsv(const stats::ExportTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return domain::Status::failure(tr("Could not write %1: %2").arg(path, file.errorString()));
    CsvWriter csv(file);
    bool ok = csv.writeRow(table.header);
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (int c = 0; c < row.size(); ++c)
            fields << cellText(table, c, row.at(c));
        ok = ok && csv.writeRow(fields);
    }
    if (!ok || !file.commit())
        return domain::Status::failure(tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

domain::Status TableExport::writeXlsx(const QList<stats::ExportTable> &sheets, const QString &path)
{
    const QByteArray file = QFileInfo(path).absoluteFilePath().toUtf8();
    lxw_workbook *workbook = workbook_new(file.constData());
    if (!workbook)
        return domain::Status::failure(tr("Could not create %1: check that its folder exists and is writable.").arg(path));
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00");
    int number = 0;
    for (const stats::ExportTable &table : sheets) {
        ++number;
        QString name = table.title.isEmpty() ? QStringLiteral("Sheet%1").arg(number) : table.title;
        static const QString forbidden = QStringLiteral("[]:*?/\\");
        for (QChar c : forbidden)
            name.replace(c, u'-');
        name = name.left(31);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
        if (!sheet)
            sheet = workbook_add_worksheet(workbook, QStringLiteral("Sheet%1").arg(number).toUtf8().constData());
        for (int c = 0; c < table.header.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), table.header.at(c).toUtf8().constData(), bold);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c < 3 ? 22 : 16, nullptr);
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            const QVariantList &row = table.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                const Kind kind = c < table.kinds.size() ? table.kinds.at(c) : Kind::Text;
                const lxw_row_t at = lxw_row_t(r + 1);
                if (kind != Kind::Text && row.at(c).isNull())
                    continue; // not counted: an empty cell
                // Money: the cell is the yuan figure (fen / 100), the form the
                // file format stores; the figures themselves stay fen.
                if (kind == Kind::Money)
                    worksheet_write_number(sheet, at, lxw_col_t(c), double(row.at(c).toLongLong()) / 100.0, money);
                else if (kind == Kind::Count)
                    worksheet_write_number(sheet, at, lxw_col_t(c), double(row.at(c).toLongLong()), nullptr);
                else
                    worksheet_write_string(sheet, at, lxw_col_t(c), row.at(c).toString().toUtf8().constData(), nullptr);
            }
        }
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return domain::Status::failure(tr("Could not write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    return {};
}

domain::Status TableExport::write(const stats::ExportTable &table, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeCsv(table, path);
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx({table}, path);
    return domain::Status::failure(tr("%1: write the figures to a .csv or .xlsx file.").arg(path));
}

} // namespace mianshen::itemmodels
