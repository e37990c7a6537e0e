#pragma once

#include "rules/Text.h"

#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace mianshen::rules {

// A JSON value that remembers where it was written, so that every error in a
// policy file (including errors inside expression strings) can name the line
// and column. QJsonDocument keeps no positions, hence this small parser
// (RFC 8259, with a nesting limit so that hostile input cannot exhaust the stack).
class SourceJson final
{
public:
    enum class Kind { Null, Bool, Number, String, Array, Object };

    Kind kind = Kind::Null;
    int offset = 0;              // offset of the value's first character in the file
    bool boolValue = false;
    QString text;                // String: the decoded text; Number: the literal as written
    std::vector<SourceJson> items;                       // Array
    struct Member;
    std::vector<Member> members;                         // Object, in file order
    std::vector<int> members_keyOffsets;                 // Object: offset of each key
    // String only: the file offset of each decoded character (so an offset
    // inside an expression maps back to the file), plus one past the end.
    std::vector<int> charOffsets;

    bool isString() const { return kind == Kind::String; }
    bool isObject() const { return kind == Kind::Object; }
    bool isArray() const { return kind == Kind::Array; }
    const SourceJson *member(QStringView key) const;
    int keyOffset(QStringView key) const;
    int fileOffsetOfChar(int index) const;

    struct ParseError
    {
        int offset = 0;
        Text message;
    };
    // Parses a whole document; on failure returns false and fills error.
    static bool parse(const QString &source, SourceJson &out, ParseError &error);

    static constexpr int MaxDepth = 64;
};

struct SourceJson::Member
{
    QString first;     // the key
    SourceJson second; // the value
};

// Line and column (1-based) of an offset in a text.
std::pair<int, int> lineColumn(const QString &source, int offset);

} // namespace mianshen::rules
