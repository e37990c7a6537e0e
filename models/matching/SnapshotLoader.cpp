#include "matching/SnapshotLoader.h"

#include "domain/IdentityCodes.h"
#include "matching/FeedReader.h"
#include "rules/Policy.h"
#include "rules/SnapshotBuilder.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <optional>

namespace mianshen::matching {

using domain::Result;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::matching::SnapshotLoader", text);
}

// Every (total/parts)-th subject id of the registry chunks (already in key order).
QList<QByteArray> boundariesOf(const std::vector<FeedChunk> &chunks, int parts)
{
    std::int64_t total = 0;
    for (const FeedChunk &c : chunks)
        total += std::int64_t(c.subjects.size());
    QList<QByteArray> out;
    if (total < 100000 || parts <= 1)
        return out;
    const std::int64_t step = total / parts;
    std::int64_t seen = 0;
    for (const FeedChunk &c : chunks) {
        for (const auto &id : c.subjects) {
            if (seen > 0 && seen % step == 0 && out.size() < parts - 1)
                out.append(QByteArray(id.data(), 18));
            ++seen;
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

struct TableCache
{
    int handle = -1;
    std::vector<int> slots;
};

using SubjectId = std::array<char, 18>;

inline bool sameId(const SubjectId &a, const SubjectId &b)
{
    std::uint64_t a0, a1, b0, b1;
    std::uint16_t a2, b2;
    std::memcpy(&a0, a.data(), 8);
    std::memcpy(&a1, a.data() + 8, 8);
    std::memcpy(&a2, a.data() + 16, 2);
    std::memcpy(&b0, b.data(), 8);
    std::memcpy(&b1, b.data() + 8, 8);
    std::memcpy(&b2, b.data() + 16, 2);
    return a0 == b0 && a1 == b1 && a2 == b2;
}

// Finds the subject of each row. The registries were read in key order, so
// their subjects' ids are sorted (`sortedCount` of them per kind, 0 when
// not); a chunk in key order is then matched by walking both lists forward
// (sequential memory) instead of one hash probe per subject (a cache miss
// each, at a million subjects). Other chunks and unknown subjects use the
// builder's index.
class SubjectResolver final
{
public:
    SubjectResolver(rules::SnapshotBuilder &builder, std::array<std::int32_t, rules::SubjectKindCount> sortedCount)
        : m_builder(builder), m_sortedCount(sortedCount)
    {
    }

    void startChunk(const FeedChunk &chunk)
    {
        m_walk = true;
        for (std::size_t r = 1; r < chunk.subjects.size() && m_walk; ++r)
            m_walk = !(chunk.subjects[r] < chunk.subjects[r - 1]);
        m_cursor.fill(-1);
    }

    std::int32_t find(int kind, const SubjectId &id)
    {
        const std::int32_t n = m_sortedCount[std::size_t(kind)];
        if (m_walk && n > 0) {
            const auto &ids = m_builder.subjectIds(rules::SubjectKind(kind));
            std::int32_t &c = m_cursor[std::size_t(kind)];
            if (c < 0)
                c = std::int32_t(std::lower_bound(ids.begin(), ids.begin() + n, id) - ids.begin());
            while (c < n && ids[std::size_t(c)] < id)
                ++c;
            if (c < n && sameId(ids[std::size_t(c)], id))
                return c;
        }
        return m_builder.addSubject(rules::SubjectKind(kind), id.data());
    }

private:
    rules::SnapshotBuilder &m_builder;
    std::array<std::int32_t, rules::SubjectKindCount> m_sortedCount;
    std::array<std::int32_t, rules::SubjectKindCount> m_cursor{};
    bool m_walk = false;
};

domain::Status apply(rules::SnapshotBuilder &builder, SubjectResolver &resolver, const FeedReader::Request &request,
                     const std::vector<FeedChunk> &chunks);

domain::Status applyOne(rules::SnapshotBuilder &builder, SubjectResolver &resolver, const FeedReader::Request &request,
                        FeedChunk &&chunk)
{
    std::vector<FeedChunk> one;
    one.push_back(std::move(chunk));
    return apply(builder, resolver, request, one);
}

domain::Status apply(rules::SnapshotBuilder &builder, SubjectResolver &resolver, const FeedReader::Request &request,
                     const std::vector<FeedChunk> &chunks)
{
    const QString &feed = request.feed->name;
    TableCache tables[rules::SubjectKindCount];
    for (int k = 0; k < rules::SubjectKindCount; ++k) {
        tables[k].handle = builder.tableHandle(feed, rules::SubjectKind(k));
        for (const catalog::Column *c : request.columns)
            tables[k].slots.push_back(tables[k].handle >= 0 ? builder.columnSlot(tables[k].handle, c->name) : -1);
    }
    const bool either = request.feed->subjectKind == catalog::SubjectKind::Either;
    std::array<std::vector<std::int32_t>, rules::SubjectKindCount> subjects;
    std::array<std::vector<std::uint32_t>, rules::SubjectKindCount> picks;
    std::vector<std::int32_t> ids;
    for (const FeedChunk &chunk : chunks) {
        // Chunk string ids -> the snapshot's (each value is some row's).
        ids.resize(std::size_t(chunk.strings.size()));
        for (qsizetype i = 0; i < chunk.strings.size(); ++i)
            ids[std::size_t(i)] = builder.internString(QString::fromUtf8(chunk.strings.at(i)));
        for (int k = 0; k < rules::SubjectKindCount; ++k) {
            subjects[std::size_t(k)].clear();
            picks[std::size_t(k)].clear();
        }
        SubjectId lastId{};
        int lastKind = -1;
        std::int32_t lastSubject = -1;
        resolver.startChunk(chunk);
        for (std::size_t r = 0; r < chunk.subjects.size(); ++r) {
            int kind = chunk.subjectKinds[r];
            if (either && kind == int(rules::SubjectKind::Person)
                && domain::identity::isValidCreditCode(std::string_view(chunk.subjects[r].data(), 18))) {
                // Valid both ways: the enterprise registry decides, then the
                // persons'; with neither, the row counts for both kinds.
                const char *id = chunk.subjects[r].data();
                if (builder.findRegistered(rules::SubjectKind::Enterprise, id) >= 0) {
                    kind = int(rules::SubjectKind::Enterprise);
                } else if (builder.findRegistered(rules::SubjectKind::Person, id) < 0) {
                    const int other = int(rules::SubjectKind::Enterprise);
                    if (tables[other].handle >= 0) {
                        const std::int32_t s = builder.addSubject(rules::SubjectKind::Enterprise, id);
                        subjects[std::size_t(other)].push_back(s);
                        picks[std::size_t(other)].push_back(std::uint32_t(r));
                    }
                    lastKind = -1;
                }
            }
            if (tables[kind].handle < 0)
                continue;
            if (kind != lastKind || !sameId(chunk.subjects[r], lastId)) {
                lastSubject = resolver.find(kind, chunk.subjects[r]);
                lastId = chunk.subjects[r];
                lastKind = kind;
            }
            if (lastSubject < 0)
                continue;
            subjects[std::size_t(kind)].push_back(lastSubject);
            picks[std::size_t(kind)].push_back(std::uint32_t(r));
        }
        for (int k = 0; k < rules::SubjectKindCount; ++k) {
            const TableCache &t = tables[k];
            if (picks[std::size_t(k)].empty())
                continue;
            const std::int32_t first = builder.appendRows(t.handle, subjects[std::size_t(k)]);
            for (std::size_t c = 0; c < chunk.columns.size(); ++c)
                if (t.slots[c] >= 0)
                    builder.setColumn(t.handle, t.slots[c], first, picks[std::size_t(k)], chunk.columns[c].values.data(),
                                      chunk.columns[c].present.data(), ids.data());
        }
    }
    return {};
}

} // namespace

SnapshotLoader::SnapshotLoader(const store::Database &db, const catalog::FeedCatalog &catalog)
    : m_db(db), m_catalog(catalog)
{
}

void SnapshotLoader::setRecordFilters(const std::vector<const rules::Policy *> &policies, std::int32_t periodMonthIndex)
{
    m_rowFilters.clear();
    QSet<QString> unfiltered;
    for (const rules::Policy *policy : policies) {
        QSet<QString> read;
        for (const rules::ColumnUse &u : policy->columnUses)
            read.insert(u.feed);
        for (const QString &feed : std::as_const(read)) {
            const auto filter = std::find_if(policy->recordFilters.begin(), policy->recordFilters.end(),
                                             [&](const rules::Policy::RecordFilter &f) { return f.feed == feed; });
            const catalog::Feed *f = m_catalog.feed(feed);
            if (filter == policy->recordFilters.end() || !f || f->registry) {
                unfiltered.insert(feed);
                continue;
            }
            auto &alternatives = m_rowFilters[feed];
            for (const auto &alternative : filter->alternatives) {
                QList<FeedReader::Request::Test> tests;
                for (const rules::Policy::RecordTest &t : alternative) {
                    FeedReader::Request::Test test{f->column(t.column), {}};
                    if (!test.column) {
                        unfiltered.insert(feed);
                        break;
                    }
                    if (t.periodOffset)
                        test.values << rules::monthIndexToString(periodMonthIndex + *t.periodOffset).toLatin1();
                    for (const QString &v : t.values)
                        test.values << v.toUtf8();
                    tests << test;
                }
                const bool known = std::any_of(alternatives.begin(), alternatives.end(), [&](const auto &a) {
                    if (a.size() != tests.size())
                        return false;
                    for (qsizetype i = 0; i < a.size(); ++i)
                        if (a[i].column != tests[i].column || a[i].values != tests[i].values)
                            return false;
                    return true;
                });
                if (!known)
                    alternatives << tests;
            }
        }
    }
    for (const QString &feed : std::as_const(unfiltered))
        m_rowFilters.remove(feed);
}

Result<rules::Snapshot> SnapshotLoader::load(const std::vector<rules::ColumnUse> &uses)
{
    m_stats = {};
    QElapsedTimer timer;
    timer.start();
    rules::SnapshotBuilder builder(m_catalog);
    for (const char *registry : {"persons", "enterprises"})
        if (auto s = builder.declareFeed(QString::fromLatin1(registry)); !s)
            return Result<rules::Snapshot>::failure(s.error());
    if (auto s = builder.declare(uses); !s)
        return Result<rules::Snapshot>::failure(s.error());

    // Requests, registries first; columns in catalog order for a fixed layout.
    std::map<QString, QList<const catalog::Column *>> byFeed;
    for (const char *registry : {"persons", "enterprises"})
        byFeed[QString::fromLatin1(registry)];
    for (const rules::ColumnUse &u : uses) {
        const catalog::Feed *f = m_catalog.feed(u.feed);
        if (!f)
            return Result<rules::Snapshot>::failure(tr("The policies use an unknown feed %1.").arg(u.feed));
        auto &cols = byFeed[u.feed];
        if (u.column.isEmpty())
            continue;
        const catalog::Column *c = f->column(u.column);
        if (!c)
            return Result<rules::Snapshot>::failure(tr("The policies use an unknown column %1.%2.").arg(u.feed, u.column));
        if (!cols.contains(c))
            cols.append(c);
    }
    QList<FeedReader::Request> registries, feeds;
    for (auto &[name, cols] : byFeed) {
        const catalog::Feed *f = m_catalog.feed(name);
        std::sort(cols.begin(), cols.end(), [f](const catalog::Column *a, const catalog::Column *b) {
            return f->columnIndex(a->name) < f->columnIndex(b->name);
        });
        FeedReader::Request r{f, cols, {}, {}, m_rowFilters.value(name)};
        if (!m_filterId.isEmpty()) {
            const bool otherKind = (f->subjectKind == catalog::SubjectKind::Person && m_filterKind != rules::SubjectKind::Person)
                || (f->subjectKind == catalog::SubjectKind::Enterprise && m_filterKind != rules::SubjectKind::Enterprise);
            if (!(f->registry && otherKind))
                r.subjectEquals = m_filterId;
        }
        (f->registry ? registries : feeds).append(r);
    }
    std::sort(registries.begin(), registries.end(), [](const auto &a, const auto &b) {
        return a.feed->name > b.feed->name;   // persons, then enterprises
    });
    // A feed not stored in subject order is read in one piece; read first, it
    // overlaps with applying the registries instead of holding up the ranges
    // behind it (each feed is applied in request order).
    std::stable_sort(feeds.begin(), feeds.end(), [](const auto &a, const auto &b) {
        return !FeedReader::clusteredBySubject(*a.feed) && FeedReader::clusteredBySubject(*b.feed);
    });

    FeedReader reader(m_db);
    reader.setThreads(m_threads);
    reader.setCancelFlag(m_cancel);
    auto first = reader.read(registries);
    if (!first)
        return Result<rules::Snapshot>::failure(first.error());
    QList<QByteArray> personCuts, enterpriseCuts;
    for (qsizetype i = 0; i < registries.size(); ++i) {
        const auto cuts = boundariesOf(first.value()[std::size_t(i)], m_ranges);
        (registries.at(i).feed->subjectKind == catalog::SubjectKind::Person ? personCuts : enterpriseCuts) = cuts;
    }
    QList<QByteArray> eitherCuts = personCuts + enterpriseCuts;
    std::sort(eitherCuts.begin(), eitherCuts.end());
    for (FeedReader::Request &r : feeds) {
        switch (r.feed->subjectKind) {
        case catalog::SubjectKind::Person: r.boundaries = personCuts; break;
        case catalog::SubjectKind::Enterprise: r.boundaries = enterpriseCuts; break;
        default: r.boundaries = eitherCuts; break;
        }
    }
    // The registries are applied on this thread while the reading threads
    // already read the other feeds ahead (their key ranges come from the
    // registries' ids, known once read).
    std::optional<SubjectResolver> resolver;
    auto applyRegistries = [&]() -> domain::Status {
        for (qsizetype i = 0; i < registries.size(); ++i) {
            std::size_t rows = 0;
            for (const FeedChunk &c : first.value()[std::size_t(i)])
                rows += c.subjects.size();
            builder.reserveSubjects(registries.at(i).feed->subjectKind == catalog::SubjectKind::Person
                                        ? rules::SubjectKind::Person : rules::SubjectKind::Enterprise,
                                    rows + rows / 8);
            SubjectResolver inserting(builder, {});
            if (auto st = apply(builder, inserting, registries.at(i), first.value()[std::size_t(i)]); !st)
                return st;
            for (const FeedChunk &c : first.value()[std::size_t(i)])
                m_stats.rows += c.rows;
        }
        first.value().clear();
        std::array<std::int32_t, rules::SubjectKindCount> sortedCount{};
        for (int k = 0; k < rules::SubjectKindCount; ++k) {
            const auto &ids = builder.subjectIds(rules::SubjectKind(k));
            sortedCount[std::size_t(k)] = std::is_sorted(ids.begin(), ids.end()) ? std::int32_t(ids.size()) : 0;
        }
        resolver.emplace(builder, sortedCount);
        return {};
    };
    qint64 applyMs = 0;
    QElapsedTimer applyTimer;
    const auto streamed = reader.readInOrder(feeds, [&](int request, FeedChunk &&chunk) {
        applyTimer.start();
        if (!resolver)
            if (auto st = applyRegistries(); !st)
                return st;
        m_stats.rows += chunk.rows;
        const auto st = applyOne(builder, *resolver, feeds.at(request), std::move(chunk));
        applyMs += applyTimer.elapsed();
        return st;
    });
    if (!streamed)
        return Result<rules::Snapshot>::failure(streamed.error());
    if (!resolver)
        if (auto st = applyRegistries(); !st)
            return Result<rules::Snapshot>::failure(st.error());
    const qint64 streamMs = timer.restart();
    m_stats.readMs = streamMs - applyMs;
    m_stats.buildMs = applyMs;
    rules::Snapshot snapshot = std::move(builder).finish();
    m_stats.buildMs += timer.elapsed();
    return snapshot;
}

} // namespace mianshen::matching
