#pragma once

#include "authoring/EditorJson.h"
#include "domain/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace mianshen::authoring {

// A text in both languages, as the policy file holds it.
struct EditorText final
{
    QString zh;
    QString en;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    friend bool operator==(const EditorText &, const EditorText &) = default;
};

// A condition, exclusion or review flag.
struct EditorRule final
{
    QString id;
    EditorText label;
    QString expr;
    friend bool operator==(const EditorRule &, const EditorRule &) = default;
};

// A decision table (docs/policies.md section 3): inputs, rows of cells, a default.
struct EditorTable final
{
    struct Input
    {
        QString name;
        QString expr;
        friend bool operator==(const Input &, const Input &) = default;
    };
    struct Row
    {
        QStringList when; // one cell per input: "-", "'doctor'", "<= 45", "[22..35]"
        QString then;
        std::optional<EditorText> label;
        friend bool operator==(const Row &, const Row &) = default;
    };
    QString hit = QStringLiteral("first"); // first | collect_sum | collect_max
    QList<Input> inputs;
    QList<Row> rows;
    std::optional<QString> defaultValue;
    friend bool operator==(const EditorTable &, const EditorTable &) = default;
};

// A named value (an expression or a table), or the amount.
struct EditorDefinition final
{
    QString name;                    // empty for the amount
    std::optional<EditorText> label;
    QString expr;                    // when not a table
    std::optional<EditorTable> table;
    bool plainString = false;        // amount only: written as a bare expression string
    friend bool operator==(const EditorDefinition &, const EditorDefinition &) = default;
};

// One embedded test: the subject's records per feed and the expected outcome.
struct EditorTestCase final
{
    using Row = QList<QPair<QString, QString>>; // column -> text, in order
    struct FeedRows
    {
        QString feed;
        QList<Row> rows;
        friend bool operator==(const FeedRows &, const FeedRows &) = default;
    };
    QString name;
    QString period;
    QString subject;
    QList<FeedRows> records;
    std::optional<EditorJson> history; // {"awarded_months": n, ...} kept as written
    bool expectEligible = false;
    std::optional<QString> expectAmount; // yuan, "2000.00"
    std::optional<QStringList> expectFlags;
    std::optional<QStringList> expectFailed;

    const FeedRows *feedRows(const QString &feed) const;
    FeedRows &feedRowsFor(const QString &feed); // added when missing
};

enum class EditorRuleList { Conditions, Exclusions, Flags };

// A policy file (format mianshen-policy/1, docs/policies.md) as typed values,
// for the editor's forms. fromSource + toSource gives back a file that
// PolicyLoader reads as the same policy (the fields in the reference's order,
// the review and payment blocks and any field the editor does not know kept
// as written).
class EditorDocument final
{
public:
    QString format = QStringLiteral("mianshen-policy/1");
    QString code;
    int version = 1;
    EditorText title;
    struct LegalBasis
    {
        QString document;
        QString article; // empty = absent
        QString url;     // empty = absent
        std::optional<EditorText> title;
    } legalBasis;
    EditorText department;
    QString subject = QStringLiteral("person"); // person | enterprise
    QString effectiveFrom;                      // YYYY-MM
    QString effectiveUntil;                     // YYYY-MM; empty = open-ended
    QString scheduleKind = QStringLiteral("one_off"); // one_off | monthly
    std::optional<int> maxMonths;
    struct Budget
    {
        QString yuan;    // "5000000.00"
        QString orderBy; // expression; empty = absent
        QString order;   // ascending | descending; empty = absent
    };
    std::optional<Budget> budget;
    struct Stacking
    {
        QString group;
        std::optional<int> rank;
    };
    std::optional<Stacking> stacking;
    QList<EditorDefinition> definitions;
    QList<EditorRule> conditions;
    QList<EditorRule> exclusions;
    bool hasExclusions = false; // written even when empty, if the file had it
    EditorDefinition amount;
    QList<EditorRule> flags;
    bool hasFlags = false;
    QList<EditorTestCase> tests;
    bool hasTests = false;
    QList<QPair<QString, EditorJson>> otherMembers; // review, payment, and fields unknown to the editor

    QList<EditorRule> &rules(EditorRuleList list);
    const QList<EditorRule> &rules(EditorRuleList list) const;
    static QString listKey(EditorRuleList list); // "conditions", "exclusions", "flags"

    // Reads a policy file. Fails (naming the line and column) when the text is
    // not JSON or a field has a shape the forms cannot hold.
    [[nodiscard]] static domain::Result<EditorDocument> fromSource(const QString &source);
    // A new policy: the registration condition, an amount, one test case.
    static EditorDocument blank(const QString &code, const QString &subject);
    // The policy file; `map` (optional) receives where each value is.
    QString toSource(EditorSourceMap *map = nullptr) const;
};

} // namespace mianshen::authoring
