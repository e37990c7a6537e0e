#pragma once

#include "rules/Text.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace mianshen::rules {

struct Token final
{
    enum class Kind : std::uint8_t {
        End, Int, Dec, Str, Ident, True, False, In,
        AndAnd, OrOr, Not, Eq, Ne, Lt, Le, Gt, Ge, Plus, Minus, Star, Slash, Percent,
        Question, Coalesce, Colon, Dot, DotDot, Comma, LParen, RParen, LBracket, RBracket
    };
    Kind kind = Kind::End;
    int pos = 0;
    int len = 0;
    QString text;         // identifier, or decoded string literal
    std::int64_t value = 0; // Int; Dec in hundredths
};

// Splits an expression into tokens. Integers must fit in 64 bits; decimals
// have at most two places (exact hundredths); strings use '...' or "..."
// with \\ \' \" \n \t escapes.
class Lexer final
{
public:
    struct Error
    {
        int pos = 0;
        int len = 1;
        Text message;
    };
    static bool tokenize(const QString &source, std::vector<Token> &tokens, Error &error);
    static QString describe(Token::Kind kind);
};

} // namespace mianshen::rules
