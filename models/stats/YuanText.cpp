#include "stats/YuanText.h"

#include "domain/Money.h"

#include <QLocale>

namespace mianshen::stats {

namespace {

constexpr qint64 kFenPerWan = 1'000'000;        // 10,000 yuan
constexpr qint64 kFenPerYi = 10'000'000'000;    // 100,000,000 yuan
constexpr qint64 kFenPerMillion = 100'000'000;  // 1,000,000 yuan

QString groupedInteger(qint64 value)
{
    return QLocale(QLocale::English).toString(static_cast<qlonglong>(value));
}

} // namespace

QString YuanText::full(qint64 fen)
{
    return domain::Money::fromFen(fen).toDisplayString();
}

QString YuanText::grouped(qint64 fen)
{
    const qint64 magnitude = fen < 0 ? -fen : fen;
    QString text = groupedInteger(magnitude / 100);
    if (magnitude % 100 != 0)
        text += u'.' + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return fen < 0 ? u'-' + text : text;
}

QString YuanText::scaledBy(qint64 fen, qint64 fenPerUnit)
{
    // Hundredths of the unit, rounded half away from zero.
    const qint64 magnitude = fen < 0 ? -fen : fen;
    const qint64 step = fenPerUnit / 100;
    const qint64 hundredths = (magnitude + step / 2) / step;
    const QString text = groupedInteger(hundredths / 100) + u'.'
        + QStringLiteral("%1").arg(hundredths % 100, 2, 10, QLatin1Char('0'));
    return fen < 0 && hundredths != 0 ? u'-' + text : text;
}

QString YuanText::wan(qint64 fen)
{
    return scaledBy(fen, kFenPerWan);
}

QString YuanText::yi(qint64 fen)
{
    return scaledBy(fen, kFenPerYi);
}

QString YuanText::scaled(qint64 fen, bool chinese)
{
    const qint64 magnitude = fen < 0 ? -fen : fen;
    if (chinese) {
        if (magnitude >= kFenPerYi)
            return yi(fen) + QStringLiteral("亿元");
        if (magnitude >= 10 * kFenPerWan)
            return wan(fen) + QStringLiteral("万元");
        return full(fen);
    }
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    if (magnitude >= 1000 * kFenPerMillion)
        return sign + QStringLiteral("¥") + scaledBy(magnitude, 1000 * kFenPerMillion) + QStringLiteral(" billion");
    if (magnitude >= kFenPerMillion)
        return sign + QStringLiteral("¥") + scaledBy(magnitude, kFenPerMillion) + QStringLiteral(" million");
    return full(fen);
}

YuanText::AxisUnit YuanText::axisUnit(qint64 maxFen, bool chinese)
{
    if (maxFen >= 10 * kFenPerWan)
        return {kFenPerWan, chinese ? QStringLiteral("万元") : QStringLiteral("10k yuan")};
    return {100, chinese ? QStringLiteral("元") : QStringLiteral("yuan")};
}

} // namespace mianshen::stats
