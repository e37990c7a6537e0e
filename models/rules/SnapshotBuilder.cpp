#include "rules/SnapshotBuilder.h"

#include "domain/Money.h"

#include <QCoreApplication>

#include <cstring>

namespace mianshen::rules {

using catalog::ColumnType;
using domain::Status;

namespace {

QString tableKey(const QString &feed, SubjectKind kind)
{
    return feed + u'/' + QString::number(int(kind));
}

bool feedServes(const catalog::Feed &feed, SubjectKind kind)
{
    switch (feed.subjectKind) {
    case catalog::SubjectKind::Person: return kind == SubjectKind::Person;
    case catalog::SubjectKind::Enterprise: return kind == SubjectKind::Enterprise;
    case catalog::SubjectKind::Either: return true;
    case catalog::SubjectKind::None: return false;
    }
    return false;
}

// The registry a column follows to, if it is a followable reference.
bool referenceTarget(const catalog::Feed &feed, const catalog::Column &column, SubjectKind &target)
{
    if (column.name == feed.subjectColumn)
        return false;
    if (column.references == QLatin1String("enterprises")) {
        target = SubjectKind::Enterprise;
        return true;
    }
    if (column.references == QLatin1String("persons")) {
        target = SubjectKind::Person;
        return true;
    }
    return false;
}

} // namespace

SnapshotBuilder::SnapshotBuilder(const catalog::FeedCatalog &catalog)
    : m_catalog(catalog)
{
    m_snapshot.m_subjects[0].kind = SubjectKind::Person;
    m_snapshot.m_subjects[1].kind = SubjectKind::Enterprise;
}

Status SnapshotBuilder::declareFeed(const QString &feedName)
{
    const catalog::Feed *feed = m_catalog.feed(feedName);
    if (!feed)
        return Status::failure(QCoreApplication::translate("mianshen::rules::SnapshotBuilder",
                                                           "unknown feed \"%1\"").arg(feedName));
    for (SubjectKind kind : {SubjectKind::Person, SubjectKind::Enterprise}) {
        if (!feedServes(*feed, kind) || m_snapshot.m_tableIndex.contains(tableKey(feedName, kind)))
            continue;
        PendingTable pending;
        pending.table.feed = feed;
        pending.table.subjectKind = kind;
        pending.table.registry = feed->registry;
        m_snapshot.m_tableIndex.insert(tableKey(feedName, kind), int(m_pending.size()));
        m_pending.push_back(std::move(pending));
    }
    return {};
}

bool SnapshotBuilder::holdsFeed(const QString &feed) const
{
    return m_snapshot.m_tableIndex.contains(tableKey(feed, SubjectKind::Person))
        || m_snapshot.m_tableIndex.contains(tableKey(feed, SubjectKind::Enterprise));
}

Status SnapshotBuilder::declareColumn(const QString &feedName, const QString &columnName)
{
    if (Status s = declareFeed(feedName); !s)
        return s;
    const catalog::Feed *feed = m_catalog.feed(feedName);
    const catalog::Column *column = feed->column(columnName);
    if (!column)
        return Status::failure(QCoreApplication::translate("mianshen::rules::SnapshotBuilder",
                                                           "feed \"%1\" has no column \"%2\"")
                                   .arg(feedName, columnName));
    for (SubjectKind kind : {SubjectKind::Person, SubjectKind::Enterprise}) {
        const int handle = tableHandle(feedName, kind);
        if (handle < 0 || columnSlot(handle, columnName) >= 0)
            continue;
        PendingTable &p = m_pending[std::size_t(handle)];
        ColumnArray array;
        array.name = column->name;
        array.type = column->type;
        array.kind = valueKindFor(column->type);
        array.optional = column->optional;
        array.isReference = referenceTarget(*feed, *column, array.targetKind);
        growColumn(array, p.table.rowCount);
        p.table.columns.push_back(std::move(array));
    }
    return {};
}

Status SnapshotBuilder::declare(const std::vector<ColumnUse> &uses)
{
    for (const ColumnUse &use : uses) {
        Status s = use.column.isEmpty() ? declareFeed(use.feed) : declareColumn(use.feed, use.column);
        if (!s)
            return s;
    }
    return {};
}

std::int32_t SnapshotBuilder::addSubject(SubjectKind kind, QStringView id)
{
    if (id.size() != 18)
        return -1;
    const QByteArray key = id.toLatin1();
    return addSubject(kind, key.constData());
}

std::int32_t SnapshotBuilder::addSubject(SubjectKind kind, const char *id18)
{
    SubjectTable &t = m_snapshot.m_subjects[int(kind)];
    if (const std::int32_t known = t.index.find(t.ids, id18); known >= 0)
        return known;
    std::array<char, 18> a;
    std::memcpy(a.data(), id18, 18);
    const std::int32_t index = t.size();
    t.ids.push_back(a);
    t.registered.push_back(0);
    t.index.insert(t.ids, index);
    return index;
}

void SnapshotBuilder::reserveSubjects(SubjectKind kind, std::size_t count)
{
    SubjectTable &t = m_snapshot.m_subjects[int(kind)];
    t.ids.reserve(count);
    t.registered.reserve(count);
    t.index.reserve(t.ids, count);
}

std::int32_t SnapshotBuilder::subjectCount(SubjectKind kind) const
{
    return m_snapshot.m_subjects[int(kind)].size();
}

int SnapshotBuilder::tableHandle(const QString &feed, SubjectKind kind) const
{
    return m_snapshot.m_tableIndex.value(tableKey(feed, kind), -1);
}

int SnapshotBuilder::columnSlot(int table, const QString &column) const
{
    if (table < 0 || std::size_t(table) >= m_pending.size())
        return -1;
    const auto &columns = m_pending[std::size_t(table)].table.columns;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == column)
            return int(i);
    return -1;
}

const catalog::Column *SnapshotBuilder::columnInfo(int table, int slot) const
{
    const FeedTable &t = m_pending[std::size_t(table)].table;
    return t.feed->column(t.columns[std::size_t(slot)].name);
}

void SnapshotBuilder::growColumn(ColumnArray &c, std::int32_t rows)
{
    const auto n = std::size_t(rows);
    switch (c.kind) {
    case ValueKind::Bool: c.u8.resize(n, 0); break;
    case ValueKind::Integer:
    case ValueKind::Money:
    case ValueKind::Decimal: c.i64.resize(n, 0); break;
    default: c.i32.resize(n, 0); break;
    }
    if (c.optional)
        c.presence.resize((n + 63) / 64, 0);
}

void SnapshotBuilder::setPresent(ColumnArray &c, std::int32_t row, bool present)
{
    if (!c.optional)
        return;
    const std::uint64_t bit = std::uint64_t(1) << (row & 63);
    auto &word = c.presence[std::size_t(row) >> 6];
    word = present ? (word | bit) : (word & ~bit);
}

std::int32_t SnapshotBuilder::addRow(int table, std::int32_t subject)
{
    PendingTable &p = m_pending[std::size_t(table)];
    const std::int32_t row = p.table.rowCount++;
    p.rowSubject.push_back(subject);
    for (ColumnArray &c : p.table.columns) {
        switch (c.kind) {
        case ValueKind::Bool: c.u8.push_back(0); break;
        case ValueKind::Integer:
        case ValueKind::Money:
        case ValueKind::Decimal: c.i64.push_back(0); break;
        default: c.i32.push_back(0); break;
        }
        if (c.optional && (row & 63) == 0)
            c.presence.push_back(0);
    }
    if (p.table.registry)
        m_snapshot.m_subjects[int(p.table.subjectKind)].registered[std::size_t(subject)] = 1;
    return row;
}

std::int32_t SnapshotBuilder::appendRows(int table, const std::vector<std::int32_t> &subjects)
{
    PendingTable &p = m_pending[std::size_t(table)];
    const std::int32_t first = p.table.rowCount;
    p.table.rowCount += std::int32_t(subjects.size());
    p.rowSubject.insert(p.rowSubject.end(), subjects.begin(), subjects.end());
    for (ColumnArray &c : p.table.columns)
        growColumn(c, p.table.rowCount);
    if (p.table.registry) {
        auto &registered = m_snapshot.m_subjects[int(p.table.subjectKind)].registered;
        for (const std::int32_t subject : subjects)
            registered[std::size_t(subject)] = 1;
    }
    return first;
}

void SnapshotBuilder::setColumn(int table, int slot, std::int32_t firstRow, const std::vector<std::uint32_t> &picks,
                                const std::int64_t *values, const std::uint8_t *present, const std::int32_t *stringIds)
{
    ColumnArray &c = m_pending[std::size_t(table)].table.columns[std::size_t(slot)];
    const std::size_t n = picks.size();
    auto fill = [&](auto *out, auto convert) {
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t from = picks[i];
            if (present[from])
                out[i] = convert(values[from]);
        }
    };
    switch (c.kind) {
    case ValueKind::Bool:
        fill(c.u8.data() + firstRow, [](std::int64_t v) { return std::uint8_t(v != 0); });
        break;
    case ValueKind::Integer:
    case ValueKind::Money:
    case ValueKind::Decimal:
        fill(c.i64.data() + firstRow, [](std::int64_t v) { return v; });
        break;
    case ValueKind::String:
        fill(c.i32.data() + firstRow, [stringIds](std::int64_t v) { return stringIds[v]; });
        break;
    default:
        fill(c.i32.data() + firstRow, [](std::int64_t v) { return std::int32_t(v); });
        break;
    }
    if (c.optional)
        for (std::size_t i = 0; i < n; ++i)
            if (present[picks[i]])
                setPresent(c, firstRow + std::int32_t(i), true);
}

void SnapshotBuilder::setBool(int table, std::int32_t row, int slot, bool value)
{
    ColumnArray &c = m_pending[std::size_t(table)].table.columns[std::size_t(slot)];
    c.u8[std::size_t(row)] = value ? 1 : 0;
    setPresent(c, row, true);
}

void SnapshotBuilder::setInt64(int table, std::int32_t row, int slot, std::int64_t value)
{
    ColumnArray &c = m_pending[std::size_t(table)].table.columns[std::size_t(slot)];
    c.i64[std::size_t(row)] = value;
    setPresent(c, row, true);
}

void SnapshotBuilder::setDay(int table, std::int32_t row, int slot, std::int32_t dayNumber)
{
    ColumnArray &c = m_pending[std::size_t(table)].table.columns[std::size_t(slot)];
    c.i32[std::size_t(row)] = dayNumber;
    setPresent(c, row, true);
}

void SnapshotBuilder::setMonth(int table, std::int32_t row, int slot, std::int32_t monthIndex)
{
    setDay(table, row, slot, monthIndex);
}

void SnapshotBuilder::setString(int table, std::int32_t row, int slot, const QString &value)
{
    PendingTable &p = m_pending[std::size_t(table)];
    ColumnArray &c = p.table.columns[std::size_t(slot)];
    c.i32[std::size_t(row)] = internString(value);
    setPresent(c, row, true);
}

void SnapshotBuilder::setAbsent(int table, std::int32_t row, int slot)
{
    ColumnArray &c = m_pending[std::size_t(table)].table.columns[std::size_t(slot)];
    setPresent(c, row, false);
}

std::int32_t SnapshotBuilder::internString(const QString &text)
{
    const auto it = m_snapshot.m_stringIds.constFind(text);
    if (it != m_snapshot.m_stringIds.constEnd())
        return *it;
    const std::int32_t id = std::int32_t(m_snapshot.m_strings.size());
    m_snapshot.m_strings.append(text);
    m_snapshot.m_stringIds.insert(text, id);
    return id;
}

Status SnapshotBuilder::setText(int table, std::int32_t row, int slot, QStringView text)
{
    const ColumnArray &c = m_pending[std::size_t(table)].table.columns[std::size_t(slot)];
    auto fail = [&](const char *reason) {
        return Status::failure(QCoreApplication::translate("mianshen::rules::SnapshotBuilder",
                                                           "column \"%1\" (%2): \"%3\" is not a valid value: %4")
                                   .arg(c.name, catalog::FeedCatalog::typeName(c.type), text.toString(),
                                        QCoreApplication::translate("mianshen::rules::SnapshotBuilder", reason)));
    };
    if (text.isEmpty()) {
        if (!c.optional)
            return fail(QT_TRANSLATE_NOOP("mianshen::rules::SnapshotBuilder", "the column is required"));
        setAbsent(table, row, slot);
        return {};
    }
    switch (c.kind) {
    case ValueKind::Bool: {
        if (text == u"1" || text == u"true" || text == u"是")
            setBool(table, row, slot, true);
        else if (text == u"0" || text == u"false" || text == u"否")
            setBool(table, row, slot, false);
        else
            return fail(QT_TRANSLATE_NOOP("mianshen::rules::SnapshotBuilder", "expected 1/0, true/false or 是/否"));
        return {};
    }
    case ValueKind::Integer: {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (!ok)
            return fail(QT_TRANSLATE_NOOP("mianshen::rules::SnapshotBuilder", "expected an integer"));
        setInt64(table, row, slot, v);
        return {};
    }
    case ValueKind::Money: {
        const auto m = domain::Money::parseYuan(text, true);
        if (!m)
            return fail(QT_TRANSLATE_NOOP("mianshen::rules::SnapshotBuilder", "expected yuan with at most two decimals"));
        setInt64(table, row, slot, m->fen());
        return {};
    }
    case ValueKind::Decimal: {
        const auto h = domain::parseHundredths(text, true);
        if (!h)
            return fail(QT_TRANSLATE_NOOP("mianshen::rules::SnapshotBuilder", "expected a decimal with at most two places"));
        setInt64(table, row, slot, *h);
        return {};
    }
    case ValueKind::Date: {
        std::int32_t d;
        if (!DayNumber::parse(text, d))
            return fail(QT_TRANSLATE_NOOP("mianshen::rules::SnapshotBuilder", "expected a date YYYY-MM-DD"));
        setDay(table, row, slot, d);
        return {};
    }
    case ValueKind::Month: {
        std::int32_t m;
        if (!parseMonthIndex(text, m))
            return fail(QT_TRANSLATE_NOOP("mianshen::rules::SnapshotBuilder", "expected a month YYYY-MM"));
        setMonth(table, row, slot, m);
        return {};
    }
    case ValueKind::String:
        setString(table, row, slot, text.toString());
        return {};
    }
    return {};
}

Snapshot SnapshotBuilder::finish() &&
{
    Snapshot &s = m_snapshot;
    s.m_tables.clear();
    s.m_tables.reserve(m_pending.size());
    for (PendingTable &p : m_pending) {
        FeedTable &t = p.table;
        const SubjectTable &subjects = s.m_subjects[int(t.subjectKind)];
        const std::int32_t nSubjects = subjects.size();
        // Resolve references before reordering, once per distinct value.
        for (ColumnArray &c : t.columns) {
            if (!c.isReference)
                continue;
            const SubjectTable &targets = s.m_subjects[int(c.targetKind)];
            std::vector<std::int32_t> byString(std::size_t(s.m_strings.size()), -2);
            c.target.assign(std::size_t(t.rowCount), -1);
            for (std::int32_t r = 0; r < t.rowCount; ++r) {
                if (!c.present(r))
                    continue;
                const auto value = std::size_t(c.i32[std::size_t(r)]);
                if (value >= byString.size())
                    continue;   // never set
                std::int32_t &idx = byString[value];
                if (idx == -2) {
                    const std::int32_t found = targets.find(s.m_strings.at(c.i32[std::size_t(r)]));
                    idx = found >= 0 && targets.registered[std::size_t(found)] ? found : -1;
                }
                c.target[std::size_t(r)] = idx;
            }
        }
        // Order rows by subject (stable counting sort). A registry table gets
        // exactly one row per subject (the last one added wins).
        std::vector<std::int32_t> order;
        t.offsets.assign(std::size_t(nSubjects) + 1, 0);
        if (t.registry) {
            order.assign(std::size_t(nSubjects), -1);
            for (std::int32_t r = 0; r < t.rowCount; ++r)
                order[std::size_t(p.rowSubject[std::size_t(r)])] = r;
            for (std::int32_t i = 0; i <= nSubjects; ++i)
                t.offsets[std::size_t(i)] = i;
        } else {
            for (std::int32_t r = 0; r < t.rowCount; ++r)
                ++t.offsets[std::size_t(p.rowSubject[std::size_t(r)]) + 1];
            for (std::int32_t i = 0; i < nSubjects; ++i)
                t.offsets[std::size_t(i) + 1] += t.offsets[std::size_t(i)];
            std::vector<std::int32_t> next(t.offsets.begin(), t.offsets.end() - 1);
            order.assign(std::size_t(t.rowCount), 0);
            for (std::int32_t r = 0; r < t.rowCount; ++r)
                order[std::size_t(next[std::size_t(p.rowSubject[std::size_t(r)])]++)] = r;
        }
        const std::int32_t newRows = std::int32_t(order.size());
        for (ColumnArray &c : t.columns) {
            ColumnArray out;
            out.name = c.name;
            out.type = c.type;
            out.kind = c.kind;
            out.optional = c.optional;
            out.isReference = c.isReference;
            out.targetKind = c.targetKind;
            growColumn(out, newRows);
            if (out.isReference)
                out.target.assign(std::size_t(newRows), -1);
            for (std::int32_t i = 0; i < newRows; ++i) {
                const std::int32_t from = order[std::size_t(i)];
                if (from < 0)
                    continue;
                const auto fi = std::size_t(from), ti = std::size_t(i);
                if (!out.u8.empty())
                    out.u8[ti] = c.u8[fi];
                if (!out.i64.empty())
                    out.i64[ti] = c.i64[fi];
                if (!out.i32.empty())
                    out.i32[ti] = c.i32[fi];
                if (out.isReference)
                    out.target[ti] = c.target[fi];
                if (out.optional && c.present(from))
                    out.presence[ti >> 6] |= std::uint64_t(1) << (i & 63);
            }
            c = std::move(out);
        }
        t.rowCount = newRows;
        s.m_tables.push_back(std::move(t));
    }
    m_pending.clear();
    return std::move(s);
}

} // namespace mianshen::rules
