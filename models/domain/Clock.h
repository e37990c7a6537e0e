#pragma once

#include <QDateTime>

#include <atomic>

namespace mianshen::domain {

// The time the program stamps on what it writes (runs, reviews, batches,
// payments, the audit log): the system clock, or a time set by the program
// itself for a history it builds (`mianshen demo-history` sets each step's
// time in the month it belongs to). Process-wide; never read from the
// environment or the command line, so a user cannot backdate real work.
class Clock final
{
public:
    static QDateTime nowUtc()
    {
        const qint64 ms = overrideMs().load(std::memory_order_relaxed);
        return ms == 0 ? QDateTime::currentDateTimeUtc() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    // An invalid time gives the system clock back.
    static void setOverride(const QDateTime &utc)
    {
        overrideMs().store(utc.isValid() ? utc.toMSecsSinceEpoch() : 0, std::memory_order_relaxed);
    }
    static bool isOverridden() { return overrideMs().load(std::memory_order_relaxed) != 0; }
    // Moves a set time forward (for steps that follow each other); no effect on the system clock.
    static void advance(qint64 msecs)
    {
        qint64 ms = overrideMs().load(std::memory_order_relaxed);
        if (ms != 0)
            overrideMs().store(ms + msecs, std::memory_order_relaxed);
    }

private:
    static std::atomic<qint64> &overrideMs()
    {
        static std::atomic<qint64> ms{0};
        return ms;
    }
};

} // namespace mianshen::domain
