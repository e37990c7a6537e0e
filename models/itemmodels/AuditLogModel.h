#pragma once

#include "audit/AuditQuery.h"
#include "store/ConnectionSpec.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariantList>

#include <optional>

class QThread;

namespace mianshen::itemmodels {

class PageLoader;

// The audit log for the Audit page: rows paged from the database keyset-wise
// (WHERE (sort column, id) > (last seen) ORDER BY sort column, id LIMIT n)
// on a worker thread with its own connection, so a log of millions of rows
// opens and scrolls at the same speed everywhere. Filtered by who, what,
// entity and time (audit::AuditFilter, values bound); sortable by any
// column; newest first by default.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Time, Actor, Role, Action, Entity, EntityId, Reason, Before, After, Hash, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };
    static constexpr int DefaultPageSize = 200;

    explicit AuditLogModel(const store::ConnectionSpec &spec, QObject *parent = nullptr);
    ~AuditLogModel() override;

    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : DefaultPageSize; }
    void setFilter(const audit::AuditFilter &filter);
    const audit::AuditFilter &filter() const { return m_filter; }
    // Reads again from the first page.
    void refresh();
    bool isLoading() const { return m_loading; }
    std::optional<qint64> totalRows() const { return m_total; }
    QString lastError() const { return m_error; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    qint64 idAt(int row) const;
    // The row showing audit row `id`, or -1 when it is not loaded.
    int rowOfId(qint64 id) const;

    // The SQL of the next page and of the count (tests and diagnostics).
    QString pageSql(bool afterLastRow) const;
    QString countSql() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalRowsChanged(qint64 total);
    void errorOccurred(const QString &message);

private:
    QString whereClause(QVariantList *values, bool afterLastRow) const;
    static QString sortExpression(int column);
    void restart();
    void requestPage();
    void requestCount();
    void pageArrived(quint64 generation, const QList<QVariantList> &rows, const QString &error);

    store::ConnectionSpec m_spec;
    audit::AuditFilter m_filter;
    QList<QVariantList> m_rows;
    int m_sortColumn = Id;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_pageSize = DefaultPageSize;
    bool m_loading = false;
    bool m_atEnd = false;
    std::optional<qint64> m_total;
    QString m_error;
    quint64 m_generation = 0;
    QThread *m_thread = nullptr;
    PageLoader *m_loader = nullptr;
};

} // namespace mianshen::itemmodels
