#pragma once

#include "catalog/FeedCatalog.h"
#include "domain/Result.h"
#include "matching/FeedReader.h"
#include "rules/Snapshot.h"

#include <QHash>

#include <atomic>
#include <cstdint>
#include <vector>

namespace mianshen::store {
class Database;
}
namespace mianshen::rules {
struct Policy;
}

namespace mianshen::matching {

// Fills a rules::Snapshot from the database with exactly the (feed, column)
// sets the compiled policies use, plus the two registries (which define the
// subjects). Reads with FeedReader (native C interfaces, in parallel, one
// connection per thread), then hands the rows to rules::SnapshotBuilder in
// a fixed order, so the snapshot is the same whatever the thread count.
class SnapshotLoader final
{
public:
    struct Stats final
    {
        std::int64_t rows = 0;
        std::int64_t readMs = 0;    // database -> typed chunks
        std::int64_t buildMs = 0;   // chunks -> snapshot
    };

    SnapshotLoader(const store::Database &db, const catalog::FeedCatalog &catalog);

    void setThreads(int threads) { m_threads = qMax(1, threads); }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Number of key ranges a big feed is cut into (default 16).
    void setRanges(int ranges) { m_ranges = qMax(1, ranges); }
    // Only one subject's rows (for explaining one decision): the feeds of its
    // kind and the feeds about either kind are read for it alone; the other
    // registry is read whole, so that references to it resolve.
    void setSubjectFilter(rules::SubjectKind kind, const QString &subjectId)
    {
        m_filterKind = kind;
        m_filterId = subjectId.toLatin1();
    }

    // Reads only the rows these policies can reach in the period (their record
    // filters, united per feed; a feed one of them reads unfiltered is read
    // whole). Without this call every row is read.
    void setRecordFilters(const std::vector<const rules::Policy *> &policies, std::int32_t periodMonthIndex);

    domain::Result<rules::Snapshot> load(const std::vector<rules::ColumnUse> &uses);
    const Stats &stats() const { return m_stats; }

private:
    const store::Database &m_db;
    const catalog::FeedCatalog &m_catalog;
    int m_threads = 1;
    int m_ranges = 16;
    const std::atomic<bool> *m_cancel = nullptr;
    rules::SubjectKind m_filterKind = rules::SubjectKind::Person;
    QByteArray m_filterId;
    QHash<QString, QList<QList<FeedReader::Request::Test>>> m_rowFilters;   // feed -> alternatives
    Stats m_stats;
};

} // namespace mianshen::matching
