#pragma once

#include <QString>

namespace mianshen::stats {

// Yuan written the Chinese way, from integer fen only (no floating point).
class YuanText final
{
public:
    // "¥2,402,133.00" (negative: "-¥5.00").
    static QString full(qint64 fen);
    // "2,402,133" when whole yuan, else "2,402,133.50": the form of report
    // sentences ("…共2,002,500元").
    static QString grouped(qint64 fen);
    // In 万 (ten thousand yuan) with two places, rounded half away from zero:
    // 2,402,133.00 yuan -> "240.21".
    static QString wan(qint64 fen);
    // In 亿 (a hundred million yuan) with two places.
    static QString yi(qint64 fen);
    // What a person reads at a glance: below 100,000 yuan "¥2,133.00"; from
    // there "240.21万元", from 100,000,000 yuan "1.23亿元"; in English
    // "¥2.40 million", "¥1.23 billion" (from 1,000,000 yuan).
    static QString scaled(qint64 fen, bool chinese);

    // The unit of a chart axis for values up to maxFen: fen per unit and its
    // name ("元"/"万元" or "yuan"/"10k yuan").
    struct AxisUnit
    {
        qint64 fenPerUnit = 100;
        QString name;
    };
    static AxisUnit axisUnit(qint64 maxFen, bool chinese);

private:
    static QString scaledBy(qint64 fen, qint64 fenPerUnit);
};

} // namespace mianshen::stats
