#pragma once

#include "rules/Ast.h"
#include "rules/Lexer.h"

#include <memory>

namespace mianshen::rules {

// Parses one expression (CEL-like; see docs/policies.md for the grammar).
// Nesting is bounded (MaxHeight), so hostile input gives an error, not a
// stack overflow in this or any later pass over the tree.
class Parser final
{
public:
    using Error = Lexer::Error;
    static constexpr int MaxHeight = 128;

    static std::unique_ptr<Node> parse(const QString &source, Error &error);
};

} // namespace mianshen::rules
