#pragma once

#include "rules/Ast.h"
#include "rules/SourceJson.h"
#include "rules/Text.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace mianshen::rules {

// One expression of a policy file, with its place in the file.
struct Expression final
{
    QString source;
    std::vector<int> fileOffsets; // file offset of each character (+ one past the end)
    int fileOffset = 0;           // offset of the JSON string holding it
    std::unique_ptr<Node> root;   // null when it did not parse
    Type type;

    int offsetOf(int pos) const
    {
        if (fileOffsets.empty())
            return fileOffset;
        return fileOffsets[std::size_t(qBound(0, pos, int(fileOffsets.size()) - 1))];
    }
    QString text(const Node &n) const { return source.mid(n.pos, n.len); }
};

// A decision table cell: a test on one input value.
struct TableCell final
{
    enum class Kind { Any, Values, Compare, Range };
    Kind kind = Kind::Any;
    Node::Op op = Node::Op::Eq;   // Compare: the operator (value op bound)
    std::vector<Expression> values; // Values: one or more literals; Compare: one bound; Range: low, high (inclusive)
    QString text;                 // as written
    int fileOffset = 0;
};

struct TableRule final
{
    std::vector<TableCell> cells; // one per input
    Expression output;
    Text label;                   // optional
    int fileOffset = 0;
};

// A decision table: inputs evaluated once, rules tested in order.
//   first: the first rule that matches gives the value;
//   collect_sum: the sum of the outputs of every matching rule;
//   collect_max: the largest output of the matching rules.
// No match: the default (if given), else the table has no value and the
// policy's amount is zero (`policy check` reports such gaps).
struct DecisionTable final
{
    enum class Hit { First, CollectSum, CollectMax };
    Hit hit = Hit::First;
    struct Input
    {
        QString name;
        Expression expr;
    };
    std::vector<Input> inputs;
    std::vector<TableRule> rules;
    std::optional<Expression> defaultValue;
    Type outputType;
    int fileOffset = 0;
};

// A named value: an expression or a decision table.
struct Definition final
{
    QString name;
    Text label;
    Expression expr;                       // when not a table
    std::unique_ptr<DecisionTable> table;  // when a table
    Type type;
    int fileOffset = 0;
};

// A condition, exclusion or review flag.
struct Rule final
{
    QString id;
    Text label;
    Expression expr;
    int fileOffset = 0;
};

struct PolicyTest final
{
    QString name;
    QString period;            // "YYYY-MM"
    QString subject;           // the subject's 18-character id
    const SourceJson *records = nullptr; // feed name -> array of objects (CSV column -> text)
    struct History
    {
        int awardedMonths = 0;
        int awardedCount = 0;
        std::int64_t awardedTotalFen = 0;
        std::int64_t awardedYearTotalFen = 0;
        bool given = false;
    } history;
    bool expectEligible = false;
    std::optional<std::int64_t> expectAmountFen;
    std::optional<QStringList> expectFlags;   // exactly these flags
    std::optional<QStringList> expectFailed;  // exactly these failed condition / fired exclusion ids
    int fileOffset = 0;
};

struct Policy final
{
    enum class Schedule { OneOff, Monthly };
    enum class BudgetOrder { Ascending, Descending };

    QString file;               // path as given
    QString source;             // the file text
    std::shared_ptr<SourceJson> json; // the parsed file (tests point into it)

    QString code;
    int version = 0;
    Text title;
    struct LegalBasis
    {
        QString document;
        QString article;
        QString url;
        Text title;
    } legalBasis;
    Text department;
    SubjectKind subject = SubjectKind::Person;
    std::int32_t effectiveFrom = 0;      // month index
    std::optional<std::int32_t> effectiveUntil;
    Schedule schedule = Schedule::OneOff;
    int maxMonths = 0;                   // monthly: 0 = no limit
    std::optional<std::int64_t> budgetFen;
    std::optional<Expression> budgetOrderBy; // awards served in this order when the budget runs out
    BudgetOrder budgetOrder = BudgetOrder::Ascending;
    QString stackingGroup;               // at most one policy of a group per subject
    int stackingRank = 0;                // within a group, the lowest rank wins (then the larger amount)

    std::vector<Definition> definitions;
    std::vector<Rule> conditions;
    std::vector<Rule> exclusions;
    Definition amount;
    std::vector<Rule> flags;
    std::vector<PolicyTest> tests;

    // --- review block ("review": {...}; models/review reads it back from the
    // published source, docs/policies.md "Review") ---
    struct Review
    {
        std::optional<std::int64_t> fourEyesAboveFen;  // two approvals above this amount
        QStringList fourEyesFlags;                     // two approvals when one of these flags fired
        int deadlineWorkingDays = 5;                   // overdue after this many working days (Mon-Fri)
    } review;
    // --- end of the review block ---

    // --- payment block ("payment": {...}; models/ledger reads it back from
    // the published source, docs/policies.md "Payment") ---
    struct Payment
    {
        std::optional<std::int64_t> secondApprovalAboveFen; // a batch paying more than this for the policy needs two approvers (default ¥1,000,000.00)
        std::optional<int> expireAfterMonths;                // a failed payment expires after this many months (default 3)
        QStringList duplicatePrograms;                       // external_subsidies program codes containing one of these are double funding
    } payment;
    // --- end of the payment block ---

    // Every (feed, column) evaluation reads; hand it to SnapshotBuilder::declare.
    std::vector<ColumnUse> columnUses;
    // The rows of a feed evaluation can reach, for a snapshot query to apply
    // in SQL: every use of the feed's rows is a filter / exists / count whose
    // predicate implies one of `alternatives` (an alternative holds when all
    // its tests hold), so a row that passes none of them changes no result.
    struct RecordTest
    {
        QString column;
        QStringList values;       // the column's text is one of these, or
        std::optional<int> periodOffset; // a month column equals add_months(period, offset)
        friend bool operator==(const RecordTest &, const RecordTest &) = default;
    };
    struct RecordFilter
    {
        QString feed;
        std::vector<std::vector<RecordTest>> alternatives;
    };
    std::vector<RecordFilter> recordFilters;   // sorted by feed
};

} // namespace mianshen::rules
