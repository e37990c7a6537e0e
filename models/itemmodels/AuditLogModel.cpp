#include "itemmodels/AuditLogModel.h"

#include "itemmodels/PageLoader.h"

#include <QDateTime>
#include <QThread>

namespace mianshen::itemmodels {

namespace {

// The selected expressions, in Column order.
const char *const kColumns[AuditLogModel::ColumnCount] = {
    "id", "at", "actor", "role", "action", "entity", "entity_id",
    "COALESCE(reason, '')", "COALESCE(before_json, '')", "COALESCE(after_json, '')", "hash"};

QString localTime(const QString &utc)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : utc;
}

} // namespace

AuditLogModel::AuditLogModel(const store::ConnectionSpec &spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(spec)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("AuditLogModel"));
    m_loader = new PageLoader(spec);
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    m_thread->start();
    restart();
}

AuditLogModel::~AuditLogModel()
{
    m_thread->quit();
    m_thread->wait();
}

void AuditLogModel::setFilter(const audit::AuditFilter &filter)
{
    m_filter = filter;
    restart();
}

void AuditLogModel::refresh()
{
    restart();
}

qint64 AuditLogModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).at(Id).toLongLong() : 0;
}

int AuditLogModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).at(Id).toLongLong() == id)
            return row;
    return -1;
}

QString AuditLogModel::sortExpression(int column)
{
    return QLatin1String(kColumns[column]);
}

QString AuditLogModel::whereClause(QVariantList *values, bool afterLastRow) const
{
    QString where = audit::AuditQuery::conditions(m_filter, values);
    if (afterLastRow && !m_rows.isEmpty()) {
        const QVariantList &last = m_rows.last();
        const QString op = m_order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
        QString keyset;
        if (m_sortColumn == Id) {
            keyset = QStringLiteral("id ") + op + QStringLiteral(" ?");
        } else {
            keyset = QStringLiteral("(") + sortExpression(m_sortColumn) + QStringLiteral(", id) ") + op
                     + QStringLiteral(" (?, ?)");
            *values << last.at(m_sortColumn).toString();
        }
        *values << last.at(Id).toLongLong();
        where = where.isEmpty() ? keyset : where + QStringLiteral(" AND ") + keyset;
    }
    return where;
}

QString AuditLogModel::pageSql(bool afterLastRow) const
{
    QVariantList values;
    QStringList columns;
    for (const char *c : kColumns)
        columns << QLatin1String(c);
    QString sql = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM audit_log");
    const QString where = whereClause(&values, afterLastRow);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    const QString direction = m_order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    sql += QStringLiteral(" ORDER BY ");
    if (m_sortColumn != Id)
        sql += sortExpression(m_sortColumn) + direction + QStringLiteral(", ");
    sql += QStringLiteral("id") + direction + QStringLiteral(" LIMIT %1").arg(m_pageSize);
    return sql;
}

QString AuditLogModel::countSql() const
{
    QVariantList values;
    const QString where = audit::AuditQuery::conditions(m_filter, &values);
    return QStringLiteral("SELECT count(*) FROM audit_log") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
}

void AuditLogModel::restart()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_total.reset();
    m_error.clear();
    ++m_generation;
    m_loading = false;   // an answer in flight belongs to the old generation and is dropped
    endResetModel();
    requestPage();
    requestCount();
}

void AuditLogModel::requestPage()
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
    PageLoader *loader = m_loader;
    QMetaObject::invokeMethod(m_loader, [this, loader, sql, values, generation] {
        PageLoader::Rows result = loader->select(sql, values, ColumnCount);
        QMetaObject::invokeMethod(this, [this, generation, result] {
            pageArrived(generation, result.rows, result.error);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void AuditLogModel::requestCount()
{
    QVariantList values;
    audit::AuditQuery::conditions(m_filter, &values);
    const QString sql = countSql();
    const quint64 generation = m_generation;
    PageLoader *loader = m_loader;
    QMetaObject::invokeMethod(m_loader, [this, loader, sql, values, generation] {
        QString error;
        const qint64 count = loader->selectCount(sql, values, &error);
        QMetaObject::invokeMethod(this, [this, generation, count] {
            if (generation != m_generation || count < 0)
                return;
            m_total = count;
            Q_EMIT totalRowsChanged(count);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void AuditLogModel::pageArrived(quint64 generation, const QList<QVariantList> &rows, const QString &error)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty()) {
        m_loading = false;
        m_error = tr("The audit log could not be read: %1").arg(error);
        m_atEnd = true;
        Q_EMIT loadingChanged(false);
        Q_EMIT errorOccurred(m_error);
        return;
    }
    if (rows.size() < m_pageSize)
        m_atEnd = true;
    // Still "loading" while the rows go in: a view asking for more from
    // its rowsInserted handler must wait for the new last row.
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows << rows;
        endInsertRows();
    }
    m_loading = false;
    Q_EMIT loadingChanged(false);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const QVariant &value = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case RawValueRole:
        return value;
    case Qt::DisplayRole:
        if (index.column() == Time)
            return localTime(value.toString());
        if (index.column() == Hash)
            return value.toString().left(12);
        if (index.column() == Id)
            return value.toLongLong();
        return value.toString();
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return value.toString();
        if (index.column() >= Reason)
            return value.toString();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Id)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("No.");
    case Time: return tr("Time");
    case Actor: return tr("Who");
    case Role: return tr("Role");
    case Action: return tr("Action");
    case Entity: return tr("Entity");
    case EntityId: return tr("Entity id");
    case Reason: return tr("Reason");
    case Before: return tr("Before");
    case After: return tr("After");
    case Hash: return tr("Hash");
    default: return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

void AuditLogModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = Id;
    if (column == m_sortColumn && order == m_order)
        return;
    m_sortColumn = column;
    m_order = order;
    restart();
}

} // namespace mianshen::itemmodels
