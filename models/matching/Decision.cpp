#include "matching/Decision.h"

namespace mianshen::matching {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Auto: return QStringLiteral("auto");
    case Outcome::Review: return QStringLiteral("review");
    case Outcome::OverBudget: return QStringLiteral("over_budget");
    }
    return {};
}

std::optional<Outcome> outcomeFromName(const QString &name)
{
    if (name == QLatin1String("auto"))
        return Outcome::Auto;
    if (name == QLatin1String("review"))
        return Outcome::Review;
    if (name == QLatin1String("over_budget"))
        return Outcome::OverBudget;
    return std::nullopt;
}

QString changeName(Change change)
{
    switch (change) {
    case Change::New: return QStringLiteral("new");
    case Change::Changed: return QStringLiteral("changed");
    case Change::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<Change> changeFromName(const QString &name)
{
    if (name == QLatin1String("new"))
        return Change::New;
    if (name == QLatin1String("changed"))
        return Change::Changed;
    if (name == QLatin1String("withdrawn"))
        return Change::Withdrawn;
    return std::nullopt;
}

} // namespace mianshen::matching
