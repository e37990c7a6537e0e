#pragma once

#include "review/ReviewQueue.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace mianshen::ui {

class BackgroundDatabase;

// The review queue as a table: pages of review::ReviewQueue read keyset-wise
// on the background connection as the view scrolls, the total and the
// counts per flag and per policy for the same filter. Subject ids masked
// and names hidden unless unmasked. Who holds a case and for how long, how
// long it has waited, overdue cases marked.
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    enum Role { AwardIdRole = Qt::UserRole + 1, OverdueRole };

    explicit ReviewQueueModel(BackgroundDatabase &database, QObject *parent = nullptr);

    void setFilter(const review::QueueFilter &filter);
    const review::QueueFilter &filter() const { return m_filter; }
    void setMasked(bool masked);
    // Flag labels by "policy/flag" and by flag id (the first policy's), for display.
    void setFlagLabels(const QHash<QString, QString> &labels);
    QString flagLabel(const QString &policyCode, const QString &flag) const;
    // Reads again from the first page, keeping filter and order.
    void refresh();

    const review::Award *award(int row) const;
    int rowOf(qint64 awardId) const;
    bool isLoading() const { return m_loading; }
    std::optional<qint64> totalRows() const { return m_total; }
    const QList<QPair<QString, qint64>> &countsByFlag() const { return m_byFlag; }
    const QList<QPair<QString, qint64>> &countsByPolicy() const { return m_byPolicy; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The first page of a (re)load has arrived.
    void firstPageArrived();
    void countsChanged();
    void errorOccurred(const QString &message);

private:
    void restart();
    void requestPage();
    void requestCounts();
    QString display(const review::Award &award, int column) const;

    BackgroundDatabase &m_database;
    review::QueueFilter m_filter;
    review::QueueSort m_sort;
    QList<review::Award> m_rows;
    std::optional<review::QueueCursor> m_next;
    bool m_atEnd = false;
    bool m_loading = false;
    bool m_masked = true;
    quint64 m_generation = 0;
    std::optional<qint64> m_total;
    QList<QPair<QString, qint64>> m_byFlag;
    QList<QPair<QString, qint64>> m_byPolicy;
    QHash<QString, QString> m_flagLabels;
    QString m_error;
};

} // namespace mianshen::ui
