#pragma once

#include "rules/Type.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace mianshen::rules {

// The syntax tree of one expression, annotated in place by the type checker.
struct Node final
{
    enum class Kind : std::uint8_t {
        IntLit, DecLit, StrLit, BoolLit, ListLit, // literals
        Ident,                                    // name
        Field,                                    // kids[0].name
        Unary,                                    // op kids[0]
        Binary,                                   // kids[0] op kids[1]
        Cond,                                     // kids[0] ? kids[1] : kids[2]
        Call,                                     // name(kids...)
        Method                                    // kids[0].name(kids[1..]); lambda form: var = kids[1].name
    };
    enum class Op : std::uint8_t {
        None, Not, Neg, And, Or, Eq, Ne, Lt, Le, Gt, Ge, Add, Sub, Mul, Div, Mod, In, Coalesce
    };
    // What an identifier or field resolved to (set by the type checker).
    enum class Ref : std::uint8_t {
        None, Subject, Period, Variable, Definition, Input, Amount, // identifiers
        Column, FollowReference, SubjectList,                        // fields
        Registered                                                   // person.registered / enterprise.registered
    };

    Kind kind = Kind::IntLit;
    Op op = Op::None;
    int pos = 0;          // offset of the first character in the expression text
    int len = 0;          // length in characters
    QString name;         // identifier, field, function or method name; string literal value
    std::int64_t value = 0; // integer literal; decimal literal in hundredths
    std::vector<std::unique_ptr<Node>> kids;

    // Type checker annotations.
    Type type;
    Ref ref = Ref::None;
    int slot = -1;        // Variable: frame slot; Definition: index; Input: which
    bool lambda = false;  // Method with a variable (exists, all, filter, ...)
    int height = 1;       // of the subtree (the parser bounds it)
};

// Which engine-supplied input an Input identifier is (Node::slot).
enum class InputId : int {
    AwardedMonths = 0,   // months of this policy awarded or paid before the period
    AwardedCount,        // awards of this policy before the period
    AwardedTotal,        // money awarded before the period, all time
    AwardedYearTotal,    // money awarded in the period's calendar year before the period
    Count
};

} // namespace mianshen::rules
