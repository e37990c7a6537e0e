#pragma once

#include "domain/Result.h"
#include "itemmodels/TableSource.h"
#include "store/ConnectionSpec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QThread;

namespace mianshen::store {
class QueryCanceller;
}

namespace mianshen::itemmodels {

class PageLoader;

// A read-only view of a table of any size (a feed with millions of rows, the
// audit log, payments): rows are paged from the database keyset-wise
// (WHERE (sort, key) > (last seen) ORDER BY sort, key LIMIT n), so every page
// costs the same however deep one scrolls. Queries run on a worker thread
// with its own connection; the view stays responsive while a page or the
// total count is loading. Filters and sorting are done in SQL, with values
// bound and identifiers taken only from the TableSource.
class PagedTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int DefaultPageSize = 256;
    // Sorting by a column other than the key's first re-sorts the matching
    // rows for every page; above this many rows it is refused with a hint
    // to filter first (a page would take seconds to minutes).
    static constexpr qint64 DefaultSortLimit = 1000000;
    enum Role { RawValueRole = Qt::UserRole + 1 };

    PagedTableModel(const store::ConnectionSpec &spec, TableSource source, QObject *parent = nullptr);
    // Filters and an order in place before the first query, so that a view
    // of a part of a big table (one batch's payments of a ledger of
    // millions) never pages or counts the whole table first. A filter that
    // does not parse is left out.
    struct Start final
    {
        QList<std::pair<int, QString>> filters;   // column, filter text
        int sortColumn = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    PagedTableModel(const store::ConnectionSpec &spec, TableSource source, const Start &start, QObject *parent = nullptr);
    // Interrupts a query still running (sqlite3_interrupt, PQcancel) rather
    // than waiting for it.
    ~PagedTableModel() override;

    const TableSource &source() const { return m_source; }
    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : DefaultPageSize; }
    void setSortLimit(qint64 rows) { m_sortLimit = rows; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    // Filter text for a column (see ColumnFilter); an empty text removes it.
    // A text that does not parse changes nothing and returns why.
    domain::Status setFilter(int column, const QString &text);
    QString filterText(int column) const;
    void clearFilters();

    // Id and account numbers masked (the default) or shown.
    void setMasked(bool masked);
    bool isMasked() const { return m_masked; }

    // Reloads from the first page (after an import, F5).
    void refresh();
    // True while a page is being read.
    bool isLoading() const { return m_loading; }
    // Total rows matching the filters, once the count query has answered.
    std::optional<qint64> totalRows() const { return m_total; }
    QString lastError() const { return m_error; }

    // The SQL of the next page and of the count, for tests and diagnostics.
    QString pageSql(bool afterLastRow) const;
    QString countSql() const;

    // Writes every row matching the filters, in the current order, as CSV
    // (header: the column titles; values as shown, masked if masked; money
    // as yuan with two places). Reads over a connection of its own.
    domain::Status writeCsv(QIODevice &out) const;
    // The same as a self-contained job for a worker thread: it holds copies
    // of the query, the filters and the mask (the model may go meanwhile),
    // writes `file` through a QSaveFile (nothing is left behind on failure
    // or when *cancel becomes true) and counts the rows written in *rows.
    using CsvExport = std::function<domain::Status(const QString &file, const std::atomic<bool> *cancel)>;
    CsvExport csvExport(std::atomic<qint64> *rows = nullptr) const;
    // The rows matching the filters, in the current order, as an HTML table
    // for printing (a title line with the filters, then at most maxRows
    // rows, values as shown), as a job for a worker thread like csvExport.
    using HtmlExport = std::function<domain::Result<QString>(const std::atomic<bool> *cancel)>;
    HtmlExport htmlExport(int maxRows) const;
    // The filters as one line for people ("Name: 张; Amount: >=100"), empty when none.
    QString filterSummary() const;

    // Header titles follow the current language.
    void retranslate();
    // The text shown for a column, made from the whole row (e.g. a message
    // stored as a code with arguments, rendered in the reader's language);
    // a null function shows the stored value again.
    using RowDisplay = std::function<QString(const QVariantList &row)>;
    void setRowDisplay(int column, RowDisplay display);

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
    // A sort was refused (too many rows for a column without an index).
    void sortRefused(const QString &message);

private:
    QString whereClause(QVariantList *values, bool afterLastRow) const;
    QString orderExpression(int column) const;
    QVariant keysetValue(int column, const QVariant &value) const;
    QString display(int column, const QVariant &value) const;
    static QString displayValue(const TableColumn &column, const QVariant &value, bool masked);
    static domain::Status writeRows(const store::ConnectionSpec &spec, const TableSource &source, const QString &sql,
                                    const QVariantList &values, bool masked, QIODevice &out,
                                    const std::atomic<bool> *cancel, std::atomic<qint64> *rows);
    // Runs the query over a connection of its own and hands every row, as
    // text, to `row` (false stops: the device failed).
    static domain::Status readRows(const store::ConnectionSpec &spec, const TableSource &source, const QString &sql,
                                   const QVariantList &values, bool masked, const std::atomic<bool> *cancel,
                                   const std::function<bool(const QStringList &)> &row);
    void exportQuery(QString *sql, QVariantList *values) const;
    void restart();
    void requestPage();
    void requestCount();
    void pageArrived(quint64 generation, const QList<QVariantList> &rows, const QString &error);

    store::ConnectionSpec m_spec;
    TableSource m_source;
    QList<QVariantList> m_rows;
    QHash<int, RowDisplay> m_rowDisplays;
    QStringList m_filterTexts;
    QStringList m_filterConditions;
    QList<QVariantList> m_filterValues;
    QList<int> m_orderColumns; // sort column first (if any), then the key
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_sortColumn = -1;
    int m_pageSize = DefaultPageSize;
    qint64 m_sortLimit = DefaultSortLimit;
    bool m_masked = true;
    bool m_loading = false;
    bool m_atEnd = false;
    std::optional<qint64> m_total;
    QString m_error;
    quint64 m_generation = 0;
    QThread *m_thread = nullptr;
    PageLoader *m_loader = nullptr;
    std::shared_ptr<store::QueryCanceller> m_canceller;
};

} // namespace mianshen::itemmodels
