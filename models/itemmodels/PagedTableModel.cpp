#include "itemmodels/PagedTableModel.h"

#include "domain/Money.h"
#include "itemmodels/ColumnFilter.h"
#include "itemmodels/ColumnTitles.h"
#include "itemmodels/CsvWriter.h"
#include "store/Database.h"
#include "store/QueryCanceller.h"
#include "itemmodels/PageLoader.h"
#include "itemmodels/SensitiveMask.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <limits>

namespace mianshen::itemmodels {

namespace {

bool isNumeric(ColumnKind kind)
{
    return kind == ColumnKind::Integer || kind == ColumnKind::Money || kind == ColumnKind::Decimal
           || kind == ColumnKind::Bool;
}

} // namespace

PagedTableModel::PagedTableModel(const store::ConnectionSpec &spec, TableSource source, QObject *parent)
    : PagedTableModel(spec, std::move(source), Start(), parent)
{
}

PagedTableModel::PagedTableModel(const store::ConnectionSpec &spec, TableSource source, const Start &start,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(spec)
    , m_source(std::move(source))
{
    const int n = int(m_source.columns.size());
    for (int i = 0; i < n; ++i) {
        m_filterTexts << QString();
        m_filterConditions << QString();
        m_filterValues << QVariantList();
    }
    m_orderColumns = m_source.keyColumns;
    for (const auto &[column, text] : start.filters) {
        if (column < 0 || column >= n)
            continue;
        auto parsed = ColumnFilter::parse(m_source.columns.at(column), text);
        if (!parsed) {
            m_error = parsed.error();
            continue;
        }
        m_filterTexts[column] = text.trimmed();
        m_filterConditions[column] = parsed->condition();
        m_filterValues[column] = parsed->values();
    }
    if (start.sortColumn >= 0 && start.sortColumn < n) {
        m_sortColumn = start.sortColumn;
        m_order = start.order;
        m_orderColumns.clear();
        if (!(m_source.keyColumns.size() == 1 && m_source.keyColumns.constFirst() == start.sortColumn))
            m_orderColumns << start.sortColumn;
        for (int key : m_source.keyColumns) {
            if (!m_orderColumns.contains(key))
                m_orderColumns << key;
        }
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("PagedTableModel ") + m_source.table);
    m_loader = new PageLoader(spec);
    m_canceller = m_loader->canceller();
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    m_thread->start();
    restart();
}

PagedTableModel::~PagedTableModel()
{
    // A page or count still running is interrupted, not waited for; the
    // loader is asked again until its thread is gone (a query may have
    // started just after the first request).
    m_canceller->cancel();
    m_thread->quit();
    while (!m_thread->wait(QDeadlineTimer(20)))
        m_canceller->cancel();
}

QString PagedTableModel::orderExpression(int column) const
{
    const TableColumn &c = m_source.columns.at(column);
    const QString name = ColumnFilter::quoteIdentifier(c.sqlName);
    if (!c.nullable)
        return name;
    // NULLs sort first as the smallest value, so keyset comparisons stay total.
    if (isNumeric(c.kind))
        return QStringLiteral("COALESCE(") + name + QStringLiteral(", -9223372036854775807)");
    return QStringLiteral("COALESCE(") + name + QStringLiteral(", '')");
}

QVariant PagedTableModel::keysetValue(int column, const QVariant &value) const
{
    if (!value.isNull())
        return value;
    if (isNumeric(m_source.columns.at(column).kind))
        return qlonglong(-9223372036854775807LL);
    return QStringLiteral(""); // empty, not NULL: matches COALESCE(column, '')
}

QString PagedTableModel::whereClause(QVariantList *values, bool afterLastRow) const
{
    QStringList conditions;
    for (int i = 0; i < m_filterConditions.size(); ++i) {
        if (m_filterConditions.at(i).isEmpty())
            continue;
        conditions << m_filterConditions.at(i);
        *values << m_filterValues.at(i);
    }
    if (afterLastRow && !m_rows.isEmpty()) {
        QStringList left;
        QStringList right;
        for (int column : m_orderColumns) {
            left << orderExpression(column);
            right << QStringLiteral("?");
            *values << keysetValue(column, m_rows.constLast().at(column));
        }
        const QString op = m_order == Qt::AscendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
        if (left.size() == 1)
            conditions << left.constFirst() + op + right.constFirst();
        else
            conditions << u'(' + left.join(QStringLiteral(", ")) + u')' + op + u'(' + right.join(QStringLiteral(", ")) + u')';
    }
    if (conditions.isEmpty())
        return QString();
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString PagedTableModel::pageSql(bool afterLastRow) const
{
    QStringList columns;
    for (const TableColumn &c : m_source.columns)
        columns << ColumnFilter::quoteIdentifier(c.sqlName);
    QVariantList ignored;
    QStringList order;
    const QString direction = m_order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    for (int column : m_orderColumns)
        order << orderExpression(column) + direction;
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
           + ColumnFilter::quoteIdentifier(m_source.table) + whereClause(&ignored, afterLastRow)
           + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT ")
           + QString::number(m_pageSize);
}

QString PagedTableModel::countSql() const
{
    QVariantList ignored;
    return QStringLiteral("SELECT COUNT(*) FROM ") + ColumnFilter::quoteIdentifier(m_source.table)
           + whereClause(&ignored, false);
}

void PagedTableModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_loading = false; // an answer in flight belongs to the old generation and is dropped
    m_rows.clear();
    m_atEnd = false;
    m_total.reset();
    m_error.clear();
    endResetModel();
    requestPage(); // unless a view already asked for the first page on modelReset
    requestCount();
}

void PagedTableModel::refresh()
{
    restart();
}

void PagedTableModel::requestPage()
{
    if (m_loading || m_atEnd)
        return;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    QVariantList values;
    const bool after = !m_rows.isEmpty();
    const QString sql = pageSql(after);
    whereClause(&values, after);
    const quint64 generation = m_generation;
    const int columns = int(m_source.columns.size());
    PageLoader *loader = m_loader;
    QMetaObject::invokeMethod(m_loader, [this, loader, sql, values, columns, generation] {
        PageLoader::Rows result = loader->select(sql, values, columns);
        QMetaObject::invokeMethod(this, [this, generation, result] {
            pageArrived(generation, result.rows, result.error);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void PagedTableModel::requestCount()
{
    QVariantList values;
    whereClause(&values, false);
    const QString sql = countSql();
    const quint64 generation = m_generation;
    PageLoader *loader = m_loader;
    QMetaObject::invokeMethod(m_loader, [this, loader, sql, values, generation] {
        QString error;
        const qint64 count = loader->selectCount(sql, values, &error);
        QMetaObject::invokeMethod(this, [this, generation, count, error] {
            if (generation != m_generation)
                return;
            if (count < 0) {
                m_error = error;
                Q_EMIT errorOccurred(error);
                return;
            }
            m_total = count;
            Q_EMIT totalRowsChanged(count);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void PagedTableModel::pageArrived(quint64 generation, const QList<QVariantList> &rows, const QString &error)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty()) {
        m_loading = false;
        m_error = error;
        m_atEnd = true;
        Q_EMIT loadingChanged(false);
        Q_EMIT errorOccurred(error);
        return;
    }
    if (rows.size() < m_pageSize)
        m_atEnd = true;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows += rows;
        endInsertRows();
    }
    // Only now: a view asking for more while the rows are being inserted
    // must wait for them, or it would page from a stale last row.
    m_loading = false;
    Q_EMIT loadingChanged(false);
}

domain::Status PagedTableModel::setFilter(int column, const QString &text)
{
    if (column < 0 || column >= m_source.columns.size())
        return domain::Status::failure(QCoreApplication::translate("PagedTableModel", "There is no column %1.").arg(column));
    auto parsed = ColumnFilter::parse(m_source.columns.at(column), text);
    if (!parsed)
        return domain::Status::failure(parsed.error());
    if (m_filterTexts.at(column) == text.trimmed())
        return {};
    m_filterTexts[column] = text.trimmed();
    m_filterConditions[column] = parsed->condition();
    m_filterValues[column] = parsed->values();
    restart();
    return {};
}

QString PagedTableModel::filterText(int column) const
{
    return m_filterTexts.value(column);
}

void PagedTableModel::clearFilters()
{
    for (int i = 0; i < m_filterTexts.size(); ++i) {
        m_filterTexts[i].clear();
        m_filterConditions[i].clear();
        m_filterValues[i].clear();
    }
    restart();
}

void PagedTableModel::setMasked(bool masked)
{
    if (m_masked == masked)
        return;
    m_masked = masked;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1), {Qt::DisplayRole});
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    const bool keyOrder = column < 0 || (!m_source.keyColumns.isEmpty() && m_source.keyColumns.constFirst() == column);
    if (!keyOrder && m_total && *m_total > m_sortLimit) {
        Q_EMIT sortRefused(QCoreApplication::translate("PagedTableModel",
                                                       "Sorting %1 rows by \"%2\" would take long for every page: "
                                                       "filter the rows to at most %3 first, then sort.")
                               .arg(QLocale().toString(*m_total), m_source.columns.at(column).title(),
                                    QLocale().toString(m_sortLimit)));
        return;
    }
    m_sortColumn = column;
    m_order = order;
    m_orderColumns.clear();
    if (column >= 0 && !(m_source.keyColumns.size() == 1 && m_source.keyColumns.constFirst() == column))
        m_orderColumns << column;
    for (int key : m_source.keyColumns) {
        if (!m_orderColumns.contains(key))
            m_orderColumns << key;
    }
    restart();
}

domain::Status PagedTableModel::readRows(const store::ConnectionSpec &spec, const TableSource &source,
                                         const QString &sql, const QVariantList &values, bool masked,
                                         const std::atomic<bool> *cancel,
                                         const std::function<bool(const QStringList &)> &row)
{
    auto db = store::Database::open(spec);
    if (!db)
        return domain::Status::failure(db.error());
    QSqlQuery query(db.value()->connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return domain::Status::failure(query.lastError().text());
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return domain::Status::failure(query.lastError().text());
    const int n = int(source.columns.size());
    while (query.next()) {
        if (cancel && *cancel)
            return domain::Status::failure(QCoreApplication::translate("PagedTableModel", "Cancelled: no file was written."));
        QStringList fields;
        for (int c = 0; c < n; ++c) {
            const QVariant value = query.value(c);
            if (source.columns.at(c).kind == ColumnKind::Money && !value.isNull())
                fields << domain::Money::fromFen(value.toLongLong()).toYuanString();
            else
                fields << displayValue(source.columns.at(c), value, masked);
        }
        if (!row(fields))
            return domain::Status::failure(QCoreApplication::translate("PagedTableModel", "The file could not be written."));
    }
    if (query.lastError().isValid())
        return domain::Status::failure(query.lastError().text());
    return {};
}

domain::Status PagedTableModel::writeRows(const store::ConnectionSpec &spec, const TableSource &source,
                                          const QString &sql, const QVariantList &values, bool masked, QIODevice &out,
                                          const std::atomic<bool> *cancel, std::atomic<qint64> *rows)
{
    CsvWriter writer(out);
    QStringList header;
    for (const TableColumn &c : source.columns)
        header << c.title();
    if (!writer.writeRow(header))
        return domain::Status::failure(QCoreApplication::translate("PagedTableModel", "The file could not be written."));
    qint64 written = 0;
    const domain::Status status = readRows(spec, source, sql, values, masked, cancel, [&](const QStringList &fields) {
        if (!writer.writeRow(fields))
            return false;
        if (rows && (++written % 1024) == 0)
            *rows = written;
        return true;
    });
    if (rows)
        *rows = written;
    return status;
}

void PagedTableModel::exportQuery(QString *sql, QVariantList *values) const
{
    *sql = pageSql(false);
    sql->truncate(sql->lastIndexOf(QStringLiteral(" LIMIT ")));
    whereClause(values, false);
}

QString PagedTableModel::filterSummary() const
{
    QStringList parts;
    for (int i = 0; i < m_filterTexts.size(); ++i) {
        if (!m_filterTexts.at(i).isEmpty())
            parts << m_source.columns.at(i).title() + QStringLiteral(": ") + m_filterTexts.at(i);
    }
    return parts.join(QStringLiteral("; "));
}

PagedTableModel::HtmlExport PagedTableModel::htmlExport(int maxRows) const
{
    QString sql;
    QVariantList values;
    exportQuery(&sql, &values);
    sql += QStringLiteral(" LIMIT ") + QString::number(maxRows + 1);
    return [spec = m_spec, source = m_source, sql, values, masked = m_masked, maxRows,
            filters = filterSummary()](const std::atomic<bool> *cancel) -> domain::Result<QString> {
        QString html = QStringLiteral("<html><body><p><b>") + source.table.toHtmlEscaped() + QStringLiteral("</b>");
        if (!filters.isEmpty())
            html += QStringLiteral(" — ") + QCoreApplication::translate("PagedTableModel", "filter: %1").arg(filters).toHtmlEscaped();
        html += QStringLiteral("</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"2\"><tr>");
        for (const TableColumn &c : source.columns)
            html += QStringLiteral("<th>") + c.title().toHtmlEscaped() + QStringLiteral("</th>");
        html += QStringLiteral("</tr>");
        int count = 0;
        const domain::Status status = readRows(spec, source, sql, values, masked, cancel, [&](const QStringList &fields) {
            if (++count > maxRows)
                return true;
            html += QStringLiteral("<tr>");
            for (const QString &f : fields)
                html += QStringLiteral("<td>") + f.toHtmlEscaped() + QStringLiteral("</td>");
            html += QStringLiteral("</tr>");
            return true;
        });
        if (!status)
            return domain::Result<QString>::failure(status.error());
        html += QStringLiteral("</table>");
        if (count > maxRows)
            html += QStringLiteral("<p>") + QCoreApplication::translate("PagedTableModel", "Only the first %1 rows are printed; filter the table to print the others.")
                                               .arg(maxRows).toHtmlEscaped() + QStringLiteral("</p>");
        return QString(html + QStringLiteral("</body></html>"));
    };
}

domain::Status PagedTableModel::writeCsv(QIODevice &out) const
{
    QString sql;
    QVariantList values;
    exportQuery(&sql, &values);
    return writeRows(m_spec, m_source, sql, values, m_masked, out, nullptr, nullptr);
}

PagedTableModel::CsvExport PagedTableModel::csvExport(std::atomic<qint64> *rows) const
{
    QString sql;
    QVariantList values;
    exportQuery(&sql, &values);
    return [spec = m_spec, source = m_source, sql, values, masked = m_masked, rows](const QString &file,
                                                                                  const std::atomic<bool> *cancel) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return domain::Status::failure(QCoreApplication::translate("PagedTableModel", "%1 cannot be written: %2")
                                               .arg(file, out.errorString()));
        const domain::Status status = writeRows(spec, source, sql, values, masked, out, cancel, rows);
        if (!status) {
            out.cancelWriting();
            return status;
        }
        if (!out.commit())
            return domain::Status::failure(QCoreApplication::translate("PagedTableModel", "%1 cannot be written: %2")
                                               .arg(file, out.errorString()));
        return domain::Status();
    };
}

void PagedTableModel::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_source.columns.size());
}

void PagedTableModel::setRowDisplay(int column, RowDisplay display)
{
    if (display)
        m_rowDisplays.insert(column, std::move(display));
    else
        m_rowDisplays.remove(column);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column), {Qt::DisplayRole});
}

QString PagedTableModel::display(int column, const QVariant &value) const
{
    return displayValue(m_source.columns.at(column), value, m_masked);
}

QString PagedTableModel::displayValue(const TableColumn &c, const QVariant &value, bool masked)
{
    if (value.isNull())
        return QString();
    switch (c.kind) {
    case ColumnKind::Money:
        return domain::Money::fromFen(value.toLongLong()).toDisplayString();
    case ColumnKind::Decimal: {
        const qlonglong v = value.toLongLong();
        const qlonglong a = v < 0 ? -v : v;
        return (v < 0 ? QStringLiteral("-") : QString()) + QString::number(a / 100) + u'.'
               + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    }
    case ColumnKind::Bool:
        return value.toLongLong() != 0 ? QCoreApplication::translate("PagedTableModel", "yes")
                                       : QCoreApplication::translate("PagedTableModel", "no");
    case ColumnKind::Integer:
        return QString::number(value.toLongLong());
    case ColumnKind::IdNumber:
        return masked ? SensitiveMask::idNumber(value.toString()) : value.toString();
    case ColumnKind::AccountNumber:
        return masked ? SensitiveMask::accountNumber(value.toString()) : value.toString();
    case ColumnKind::Text:
        if (c.valueText)
            return c.valueText(value.toString());
        if (ColumnTitles::hasValueTitles(c.sqlName)) {
            const QString title = ColumnTitles::valueTitle(c.sqlName, value.toString());
            if (!title.isEmpty())
                return title;
        }
        break;
    case ColumnKind::Timestamp: {
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (time.isValid())
            return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        break;
    }
    case ColumnKind::Date:
    case ColumnKind::Month:
        break;
    }
    return value.toString();
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &value = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (const auto custom = m_rowDisplays.constFind(index.column()); custom != m_rowDisplays.cend())
            return (*custom)(m_rows.at(index.row()));
        return display(index.column(), value);
    case Qt::ToolTipRole:
        if (value.isNull())
            return QCoreApplication::translate("PagedTableModel", "no value");
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(m_source.columns.at(index.column()).kind))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        if (m_masked && m_source.columns.at(index.column()).isSensitive())
            return display(index.column(), value);
        return value;
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const TableColumn &c = m_source.columns.at(section);
    if (role == Qt::DisplayRole)
        return c.title();
    if (role == Qt::ToolTipRole)
        return c.sqlName;
    return {};
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

} // namespace mianshen::itemmodels
