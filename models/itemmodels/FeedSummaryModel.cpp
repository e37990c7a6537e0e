#include "itemmodels/FeedSummaryModel.h"

#include "catalog/FeedCatalog.h"
#include "itemmodels/ColumnFilter.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QColor>
#include <QLocale>
#include <climits>
#include <QSqlError>
#include <QSqlQuery>

namespace mianshen::itemmodels {

FeedSummaryModel::FeedSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

domain::Result<QList<FeedSummaryModel::Line>> FeedSummaryModel::read(store::Database &db)
{
    using R = domain::Result<QList<Line>>;
    const QSqlDatabase connection = db.connection();
    const QStringList tables = connection.tables();
    QHash<QString, Line> last;
    if (tables.contains(QStringLiteral("import_history"))) {
        QSqlQuery query(connection);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral(
                "SELECT feed, COALESCE(finished_at, started_at), result, file_name, warnings, errors, held "
                "FROM import_history "
                "WHERE id IN (SELECT MAX(id) FROM import_history GROUP BY feed)")))
            return R::failure(query.lastError().text());
        while (query.next()) {
            Line line;
            line.lastImportAt = query.value(1).toString();
            line.lastResult = query.value(2).toString();
            line.lastFile = query.value(3).toString();
            line.lastWarnings = query.value(4).toLongLong();
            line.lastErrors = query.value(5).toLongLong();
            line.lastHeld = query.value(6).toLongLong() != 0;
            last.insert(query.value(0).toString(), line);
        }
    }
    QList<Line> lines;
    for (const catalog::Feed &feed : catalog::FeedCatalog::builtin().feeds()) {
        Line line = last.value(feed.name);
        line.feed = feed.name;
        line.titleZh = feed.titleZh;
        line.titleEn = feed.titleEn;
        if (tables.contains(feed.name)) {
            QSqlQuery query(connection);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + ColumnFilter::quoteIdentifier(feed.name))
                || !query.next())
                return R::failure(query.lastError().text());
            line.rows = query.value(0).toLongLong();
        }
        lines << line;
    }
    return lines;
}

domain::Result<QList<FeedSummaryModel::Line>> FeedSummaryModel::read(const store::ConnectionSpec &spec)
{
    auto db = store::Database::open(spec);
    if (!db)
        return domain::Result<QList<Line>>::failure(db.error());
    return read(*db.value());
}

void FeedSummaryModel::setLines(QList<Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

QString FeedSummaryModel::feedAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).feed : QString();
}

void FeedSummaryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

int FeedSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int FeedSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FeedSummaryModel::localTime(const QString &isoUtc)
{
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!time.isValid())
        return isoUtc;
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString FeedSummaryModel::resultText(const QString &result)
{
    if (result == QLatin1String("imported"))
        return QCoreApplication::translate("FeedSummaryModel", "imported");
    if (result == QLatin1String("rejected"))
        return QCoreApplication::translate("FeedSummaryModel", "rejected");
    if (result == QLatin1String("skipped"))
        return QCoreApplication::translate("FeedSummaryModel", "skipped (already imported)");
    if (result == QLatin1String("cancelled"))
        return QCoreApplication::translate("FeedSummaryModel", "cancelled");
    return result;
}

QVariant FeedSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    if (role == FeedNameRole)
        return line.feed;
    if (role == Qt::TextAlignmentRole && index.column() == Rows)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LastImport && !line.lastFile.isEmpty())
        return line.lastFile;
    if (role == Qt::ForegroundRole && index.column() == LastResult
        && (line.lastHeld || line.lastWarnings > 0 || line.lastErrors > 0))
        return QColor(line.lastHeld || line.lastErrors > 0 ? 0xb00020 : 0x9a6700);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Title:
        return QLocale().language() == QLocale::Chinese ? line.titleZh : line.titleEn;
    case Name:
        return line.feed;
    case Rows:
        if (!line.rows)
            return QCoreApplication::translate("FeedSummaryModel", "no table");
        return QLocale().toString(*line.rows);
    case LastImport:
        if (line.lastImportAt.isEmpty())
            return QCoreApplication::translate("FeedSummaryModel", "never");
        return localTime(line.lastImportAt);
    case LastResult: {
        if (line.lastHeld)
            return QCoreApplication::translate("FeedSummaryModel", "held: a large change to confirm");
        QString text = resultText(line.lastResult);
        // The counts are computed first: Qt 6.4's lupdate never finishes on a
        // translate() whose count argument holds a call with a comma in it.
        const int errors = int(qMin<qint64>(line.lastErrors, INT_MAX));
        const int warnings = int(qMin<qint64>(line.lastWarnings, INT_MAX));
        if (errors > 0)
            text += QStringLiteral("; ") + QCoreApplication::translate("FeedSummaryModel", "%n error(s)", "", errors);
        if (warnings > 0)
            text += QStringLiteral("; ") + QCoreApplication::translate("FeedSummaryModel", "%n warning(s)", "", warnings);
        return text;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FeedSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title: return QCoreApplication::translate("FeedSummaryModel", "Feed");
    case Name: return QCoreApplication::translate("FeedSummaryModel", "File name");
    case Rows: return QCoreApplication::translate("FeedSummaryModel", "Rows");
    case LastImport: return QCoreApplication::translate("FeedSummaryModel", "Last import");
    case LastResult: return QCoreApplication::translate("FeedSummaryModel", "Result");
    case ColumnCount: break;
    }
    return {};
}

} // namespace mianshen::itemmodels
