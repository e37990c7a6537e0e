#pragma once

#include <QString>

#include <optional>

namespace mianshen::catalog {
struct Feed;
}

namespace mianshen::feeds {

struct ImportReport;

// The quality gate on a full snapshot (docs/feeds.md): a truncated or wrong
// delivery must not silently wipe or rewrite a register. A snapshot is held
// when, against the feed's rows before it,
// - it would delete more than the feed's maxDeletePercent of them, or
// - it would change the values of more than its maxChangePercent of them
//   (both only for feeds of at least kMinRows rows), or
// - its dangling references (DANGLING_REFERENCE: a subject in no registry)
//   jump against the last imported delivery of the feed: more than
//   kDanglingJumpFactor times as many and more than kDanglingJumpMin.
//   A feed whose last delivery has no count recorded is not compared.
class QualityGate final
{
public:
    static constexpr qint64 kMinRows = 100;
    static constexpr qint64 kDanglingJumpFactor = 2;
    static constexpr qint64 kDanglingJumpMin = 100;

    struct Figures
    {
        qint64 rowsBefore = 0;
        qint64 deleted = 0;
        qint64 changed = 0;
        qint64 dangling = 0;
        std::optional<qint64> previousDangling; // the last imported delivery's; none: not compared
    };
    struct Verdict
    {
        bool deletes = false;
        bool changes = false;
        bool danglingJump = false;
        bool held() const { return deletes || changes || danglingJump; }
    };

    static Verdict assess(const catalog::Feed &feed, const Figures &figures);
    // The held report's message in English and Chinese and as a code with
    // arguments ("held"), saying every reason.
    static void describe(const catalog::Feed &feed, const Figures &figures, const Verdict &verdict,
                         ImportReport &report);
    // The figures and reasons as a compact JSON object (message_args, audit).
    static QString argumentsJson(const catalog::Feed &feed, const Figures &figures, const Verdict &verdict);
};

} // namespace mianshen::feeds
