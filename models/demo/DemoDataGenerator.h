#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace mianshen::demo {

struct DemoDataOptions final
{
    int persons = 2000;
    int enterprises = 200;
    std::uint64_t seed = 1;
    QString outputDirectory;
};

struct DemoFileSummary final
{
    QString feed;     // e.g. "social_insurance"
    QString fileName; // e.g. "social_insurance.csv"
    qint64 rows = 0;  // data rows, without the header
    qint64 bytes = 0;
};

struct DemoDataSummary final
{
    QList<DemoFileSummary> files; // in the order of feedNames()
    qint64 totalRows = 0;
    qint64 elapsedMs = 0;
};

// Writes a synthetic development zone (area 441200-GX and its surroundings)
// as one CSV file per feed, in exactly the feed format of
// shared/spec/feeds.md: the 21 feeds and payment_history.
//
// The same options give byte-identical files on every platform. Files are
// streamed to disk (memory does not grow with the number of persons);
// social_insurance, about six rows in seven, is written by a second thread.
class DemoDataGenerator final
{
public:
    explicit DemoDataGenerator(DemoDataOptions options);

    // Checks the options, creates the output folder if needed and writes
    // every file (overwriting files of the same names).
    domain::Result<DemoDataSummary> generate();

    // The 22 feeds written, in the order of DemoDataSummary::files.
    static QStringList feedNames();
    // The header row written for a feed (the spec's column names, in its order).
    static QStringList columnNames(const QString &feed);

    static constexpr int MaxEnterprises = 10000000;

private:
    DemoDataOptions m_options;
};

} // namespace mianshen::demo
