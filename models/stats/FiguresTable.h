#pragma once

#include "stats/DisbursementFigures.h"
#include "stats/ExportTable.h"

#include <QCoreApplication>

#include <optional>

namespace mianshen::stats {

// The tables behind the charts and `mianshen stats --by ...`, as exportable
// tables with headers in the interface's language.
class FiguresTable final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::stats::FiguresTable)
public:
    enum class By { Month, Policy, Department, Kind, PolicyMonth };
    static std::optional<By> parseBy(const QString &text);   // month|policy|department|kind|policy-month
    static ExportTable build(const DisbursementFigures &figures, By by, bool chinese);
    // Budget burn per policy.
    static ExportTable budget(const DisbursementFigures &figures, bool chinese);
};

} // namespace mianshen::stats
