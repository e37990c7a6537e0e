#pragma once

#include <cstdint>

namespace mianshen::rules {

// What the matching engine knows about earlier awards of one policy to one
// subject (from its awards and from payment_history), before the period.
// Policies read them as awarded_months, awarded_count, awarded_total and
// awarded_year_total.
struct SubjectInputs final
{
    int awardedMonths = 0;            // monthly policies: months awarded or paid before the period
    int awardedCount = 0;             // awards (any schedule) before the period
    std::int64_t awardedTotalFen = 0; // money awarded before the period
    std::int64_t awardedYearTotalFen = 0; // money awarded in the period's calendar year before the period
    bool paidThisPeriod = false;      // monthly policies: the period itself was paid outside matching
                                      // (the previous system's payment_history, a manual award)
};

// The result of the fast path: no trace, no allocation.
struct Evaluation final
{
    enum class Status : std::uint8_t {
        Eligible,        // qualifies: amount > 0; flags say whether a reviewer must look
        Ineligible,      // a condition failed (failedIndex) or an exclusion fired (failedIndex - conditions)
        NotInEffect,     // the period is outside the policy's effective months
        NotRegistered,   // the run holds no records of the subject (registration itself is a condition: person.registered)
        AlreadyAwarded,  // one-off policy awarded before
        LimitReached,    // monthly policy: max_months already awarded
        ZeroAmount,      // every condition holds but the amount is zero
        Error            // a run-time error (division by zero, overflow): see errorNode
    };
    Status status = Status::Ineligible;
    std::int64_t amountFen = 0;
    std::uint64_t flags = 0;   // bit i = flags[i] fired (Eligible only)
    int failedIndex = -1;      // Ineligible: index into conditions, then exclusions
    int errorPosition = -1;    // Error: file offset of the failing expression

    bool eligible() const { return status == Status::Eligible; }
};

} // namespace mianshen::rules
