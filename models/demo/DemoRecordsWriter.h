#pragma once

#include "demo/CsvFileWriter.h"
#include "demo/DemoFeedLayouts.h"

#include <array>
#include <memory>

namespace mianshen::demo {

class DemoWorld;

using DemoFeedFiles = std::array<std::unique_ptr<CsvFileWriter>, FeedCount>;

// Writes every demo file but social_insurance, in one pass over persons and
// one over enterprises (each entity from its own random streams, so the rows
// are the same whatever else runs at the same time).
class DemoRecordsWriter final
{
public:
    DemoRecordsWriter(const DemoWorld &world, DemoFeedFiles &files);
    ~DemoRecordsWriter();
    void run();

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mianshen::demo
