#include "rules/Parser.h"

namespace mianshen::rules {

namespace {

using K = Token::Kind;
using NK = Node::Kind;
using Op = Node::Op;

class Impl
{
public:
    Impl(const std::vector<Token> &t, Parser::Error &e) : toks(t), err(e) {}

    std::unique_ptr<Node> run()
    {
        auto n = expression();
        if (!n)
            return nullptr;
        if (peek().kind != K::End) {
            failAt(peek(), QStringLiteral("此处应为表达式结束，却是%1").arg(Lexer::describe(peek().kind)),
                   QStringLiteral("expected the end of the expression, found %1").arg(Lexer::describe(peek().kind)));
            return nullptr;
        }
        return n;
    }

private:
    const std::vector<Token> &toks;
    Parser::Error &err;
    std::size_t at = 0;
    bool failed = false;
    int depth = 0;

    const Token &peek() const { return toks[at]; }
    const Token &next() { return toks[at < toks.size() - 1 ? at++ : at]; }
    bool accept(K k)
    {
        if (peek().kind == k) {
            next();
            return true;
        }
        return false;
    }
    std::nullptr_t failAt(const Token &t, const QString &zh, const QString &en)
    {
        if (!failed) {
            failed = true;
            err.pos = t.pos;
            err.len = qMax(1, t.len);
            err.message = Text{zh, en};
        }
        return nullptr;
    }
    bool expect(K k)
    {
        if (accept(k))
            return true;
        failAt(peek(), QStringLiteral("此处应为%1，却是%2").arg(Lexer::describe(k), Lexer::describe(peek().kind)),
               QStringLiteral("expected %1, found %2").arg(Lexer::describe(k), Lexer::describe(peek().kind)));
        return false;
    }
    std::unique_ptr<Node> make(NK kind, int pos, int end)
    {
        auto n = std::make_unique<Node>();
        n->kind = kind;
        n->pos = pos;
        n->len = qMax(1, end - pos);
        return n;
    }
    int endOfPrevious() const { return at == 0 ? 0 : toks[at - 1].pos + toks[at - 1].len; }
    std::unique_ptr<Node> seal(std::unique_ptr<Node> n)
    {
        int h = 0;
        for (const auto &k : n->kids)
            h = qMax(h, k->height);
        n->height = h + 1;
        if (n->height > Parser::MaxHeight) {
            Token t;
            t.pos = n->pos;
            t.len = n->len;
            return failAt(t, QStringLiteral("表达式嵌套过深（超过 %1 层）").arg(Parser::MaxHeight),
                          QStringLiteral("expression nested too deeply (more than %1 levels)").arg(Parser::MaxHeight));
        }
        return n;
    }
    std::unique_ptr<Node> binary(Op op, std::unique_ptr<Node> l, std::unique_ptr<Node> r)
    {
        auto n = make(NK::Binary, l->pos, r->pos + r->len);
        n->op = op;
        n->kids.push_back(std::move(l));
        n->kids.push_back(std::move(r));
        return seal(std::move(n));
    }

    struct DepthGuard
    {
        int &d;
        explicit DepthGuard(int &x) : d(x) { ++d; }
        ~DepthGuard() { --d; }
    };

    std::unique_ptr<Node> expression()
    {
        DepthGuard g(depth);
        if (depth > Parser::MaxHeight)
            return failAt(peek(), QStringLiteral("表达式嵌套过深（超过 %1 层）").arg(Parser::MaxHeight),
                          QStringLiteral("expression nested too deeply (more than %1 levels)").arg(Parser::MaxHeight));
        auto c = coalesce();
        if (!c)
            return nullptr;
        if (accept(K::Question)) {
            auto a = expression();
            if (!a || !expect(K::Colon))
                return nullptr;
            auto b = expression();
            if (!b)
                return nullptr;
            auto n = make(NK::Cond, c->pos, b->pos + b->len);
            n->kids.push_back(std::move(c));
            n->kids.push_back(std::move(a));
            n->kids.push_back(std::move(b));
            return seal(std::move(n));
        }
        return c;
    }
    std::unique_ptr<Node> coalesce()
    {
        auto l = orExpr();
        while (l && peek().kind == K::Coalesce) {
            next();
            auto r = orExpr();
            if (!r)
                return nullptr;
            l = binary(Op::Coalesce, std::move(l), std::move(r));
        }
        return l;
    }
    std::unique_ptr<Node> orExpr()
    {
        auto l = andExpr();
        while (l && peek().kind == K::OrOr) {
            next();
            auto r = andExpr();
            if (!r)
                return nullptr;
            l = binary(Op::Or, std::move(l), std::move(r));
        }
        return l;
    }
    std::unique_ptr<Node> andExpr()
    {
        auto l = equality();
        while (l && peek().kind == K::AndAnd) {
            next();
            auto r = equality();
            if (!r)
                return nullptr;
            l = binary(Op::And, std::move(l), std::move(r));
        }
        return l;
    }
    std::unique_ptr<Node> equality()
    {
        auto l = relation();
        while (l) {
            Op op = peek().kind == K::Eq ? Op::Eq : peek().kind == K::Ne ? Op::Ne : peek().kind == K::In ? Op::In : Op::None;
            if (op == Op::None)
                break;
            next();
            auto r = relation();
            if (!r)
                return nullptr;
            l = binary(op, std::move(l), std::move(r));
        }
        return l;
    }
    std::unique_ptr<Node> relation()
    {
        auto l = additive();
        while (l) {
            const K k = peek().kind;
            Op op = k == K::Lt ? Op::Lt : k == K::Le ? Op::Le : k == K::Gt ? Op::Gt : k == K::Ge ? Op::Ge : Op::None;
            if (op == Op::None)
                break;
            next();
            auto r = additive();
            if (!r)
                return nullptr;
            l = binary(op, std::move(l), std::move(r));
        }
        return l;
    }
    std::unique_ptr<Node> additive()
    {
        auto l = multiplicative();
        while (l) {
            const K k = peek().kind;
            Op op = k == K::Plus ? Op::Add : k == K::Minus ? Op::Sub : Op::None;
            if (op == Op::None)
                break;
            next();
            auto r = multiplicative();
            if (!r)
                return nullptr;
            l = binary(op, std::move(l), std::move(r));
        }
        return l;
    }
    std::unique_ptr<Node> multiplicative()
    {
        auto l = unary();
        while (l) {
            const K k = peek().kind;
            Op op = k == K::Star ? Op::Mul : k == K::Slash ? Op::Div : k == K::Percent ? Op::Mod : Op::None;
            if (op == Op::None)
                break;
            next();
            auto r = unary();
            if (!r)
                return nullptr;
            l = binary(op, std::move(l), std::move(r));
        }
        return l;
    }
    std::unique_ptr<Node> unary()
    {
        if (peek().kind == K::Not || peek().kind == K::Minus) {
            DepthGuard g(depth);
            if (depth > Parser::MaxHeight)
                return failAt(peek(), QStringLiteral("表达式嵌套过深（超过 %1 层）").arg(Parser::MaxHeight),
                              QStringLiteral("expression nested too deeply (more than %1 levels)").arg(Parser::MaxHeight));
            const Token t = next();
            auto operand = unary();
            if (!operand)
                return nullptr;
            // A literal negative number stays a literal.
            if (t.kind == K::Minus && (operand->kind == NK::IntLit || operand->kind == NK::DecLit)
                && operand->pos == t.pos + 1) {
                operand->value = -operand->value;
                operand->pos = t.pos;
                operand->len += 1;
                return operand;
            }
            auto n = make(NK::Unary, t.pos, operand->pos + operand->len);
            n->op = t.kind == K::Not ? Op::Not : Op::Neg;
            n->kids.push_back(std::move(operand));
            return seal(std::move(n));
        }
        return postfix();
    }
    bool arguments(Node &n)
    {
        // after '('
        if (accept(K::RParen))
            return true;
        while (true) {
            auto a = expression();
            if (!a)
                return false;
            n.kids.push_back(std::move(a));
            if (accept(K::Comma))
                continue;
            return expect(K::RParen);
        }
    }
    std::unique_ptr<Node> postfix()
    {
        auto n = primary();
        while (n && peek().kind == K::Dot) {
            next();
            const Token name = peek();
            if (name.kind != K::Ident)
                return failAt(name, QStringLiteral("“.”后应为字段名或方法名"), QStringLiteral("expected a field or method name after '.'"));
            next();
            if (accept(K::LParen)) {
                auto m = make(NK::Method, n->pos, 0);
                m->name = name.text;
                m->kids.push_back(std::move(n));
                if (!arguments(*m))
                    return nullptr;
                m->len = endOfPrevious() - m->pos;
                n = seal(std::move(m));
            } else {
                auto f = make(NK::Field, n->pos, name.pos + name.len);
                f->name = name.text;
                f->kids.push_back(std::move(n));
                n = seal(std::move(f));
            }
        }
        return n;
    }
    std::unique_ptr<Node> primary()
    {
        const Token t = peek();
        switch (t.kind) {
        case K::Int: {
            next();
            auto n = make(NK::IntLit, t.pos, t.pos + t.len);
            n->value = t.value;
            return n;
        }
        case K::Dec: {
            next();
            auto n = make(NK::DecLit, t.pos, t.pos + t.len);
            n->value = t.value;
            return n;
        }
        case K::Str: {
            next();
            auto n = make(NK::StrLit, t.pos, t.pos + t.len);
            n->name = t.text;
            return n;
        }
        case K::True:
        case K::False: {
            next();
            auto n = make(NK::BoolLit, t.pos, t.pos + t.len);
            n->value = t.kind == K::True ? 1 : 0;
            return n;
        }
        case K::Ident: {
            next();
            if (accept(K::LParen)) {
                auto n = make(NK::Call, t.pos, 0);
                n->name = t.text;
                if (!arguments(*n))
                    return nullptr;
                n->len = endOfPrevious() - n->pos;
                return seal(std::move(n));
            }
            auto n = make(NK::Ident, t.pos, t.pos + t.len);
            n->name = t.text;
            return n;
        }
        case K::LParen: {
            next();
            auto n = expression();
            if (!n || !expect(K::RParen))
                return nullptr;
            // The parenthesised text is the node's text (for explanations).
            n->pos = t.pos;
            n->len = endOfPrevious() - t.pos;
            return n;
        }
        case K::LBracket: {
            next();
            auto n = make(NK::ListLit, t.pos, 0);
            if (!accept(K::RBracket)) {
                while (true) {
                    auto e = expression();
                    if (!e)
                        return nullptr;
                    n->kids.push_back(std::move(e));
                    if (accept(K::Comma))
                        continue;
                    if (!expect(K::RBracket))
                        return nullptr;
                    break;
                }
            }
            n->len = endOfPrevious() - n->pos;
            return seal(std::move(n));
        }
        default:
            return failAt(t, QStringLiteral("此处应为表达式，却是%1").arg(Lexer::describe(t.kind)),
                          QStringLiteral("expected an expression, found %1").arg(Lexer::describe(t.kind)));
        }
    }
};

} // namespace

std::unique_ptr<Node> Parser::parse(const QString &source, Error &error)
{
    std::vector<Token> tokens;
    if (!Lexer::tokenize(source, tokens, error))
        return nullptr;
    Impl impl(tokens, error);
    return impl.run();
}

} // namespace mianshen::rules
