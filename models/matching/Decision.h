#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace mianshen::matching {

// What became of a qualifying (policy, subject, period).
enum class Outcome { Auto, Review, OverBudget };

// How a run changed the award state of its period. A run stores only
// changes: a rerun with nothing changed writes no decision.
enum class Change { New, Changed, Withdrawn };

QString outcomeName(Outcome outcome);   // "auto" | "review" | "over_budget"
std::optional<Outcome> outcomeFromName(const QString &name);
QString changeName(Change change);      // "new" | "changed" | "withdrawn"
std::optional<Change> changeFromName(const QString &name);

// One award decision as stored in `decisions` (0004_matching.sql).
struct Decision final
{
    qint64 runId = 0;
    QString policyCode;
    int policyVersion = 0;
    QString subjectId;
    QString period;                 // "YYYY-MM"; empty for a one-off policy
    Change change = Change::New;
    std::optional<Outcome> outcome; // empty when withdrawn
    std::int64_t amountFen = 0;
    QStringList flags;              // sorted flag ids
    QString explanation;            // as stored: the compact form (ExplanationJson::stored), or the JSON of a
                                    // row written before the compact form; ExplanationReader gives the JSON either way
    std::optional<std::int64_t> previousAmountFen;
    QString runPeriod;              // the period of the run that decided it (read side only)

    // flags sorted and joined by ';' (the stored and exported form).
    QString flagsText() const { return flags.join(QLatin1Char(';')); }
};

} // namespace mianshen::matching
