#include "rules/Lexer.h"

namespace mianshen::rules {

QString Lexer::describe(Token::Kind k)
{
    using K = Token::Kind;
    switch (k) {
    case K::End: return QStringLiteral("end of expression");
    case K::Int: return QStringLiteral("integer");
    case K::Dec: return QStringLiteral("decimal");
    case K::Str: return QStringLiteral("string");
    case K::Ident: return QStringLiteral("name");
    case K::True: return QStringLiteral("'true'");
    case K::False: return QStringLiteral("'false'");
    case K::In: return QStringLiteral("'in'");
    case K::AndAnd: return QStringLiteral("'&&'");
    case K::OrOr: return QStringLiteral("'||'");
    case K::Not: return QStringLiteral("'!'");
    case K::Eq: return QStringLiteral("'=='");
    case K::Ne: return QStringLiteral("'!='");
    case K::Lt: return QStringLiteral("'<'");
    case K::Le: return QStringLiteral("'<='");
    case K::Gt: return QStringLiteral("'>'");
    case K::Ge: return QStringLiteral("'>='");
    case K::Plus: return QStringLiteral("'+'");
    case K::Minus: return QStringLiteral("'-'");
    case K::Star: return QStringLiteral("'*'");
    case K::Slash: return QStringLiteral("'/'");
    case K::Percent: return QStringLiteral("'%'");
    case K::Question: return QStringLiteral("'?'");
    case K::Coalesce: return QStringLiteral("'?" "?'");
    case K::Colon: return QStringLiteral("':'");
    case K::Dot: return QStringLiteral("'.'");
    case K::DotDot: return QStringLiteral("'..'");
    case K::Comma: return QStringLiteral("','");
    case K::LParen: return QStringLiteral("'('");
    case K::RParen: return QStringLiteral("')'");
    case K::LBracket: return QStringLiteral("'['");
    case K::RBracket: return QStringLiteral("']'");
    }
    return {};
}

static bool isIdentStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

static bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

namespace {

// Reads one token at s[i] into t and moves i past it; false with `error` set
// when the text there is not a token. One function per kind of token.
class Scanner final
{
public:
    Scanner(const QString &s, Lexer::Error &error) : s(s), n(int(s.size())), error(error) {}

    bool number(int &i, Token &t);
    void identifier(int &i, Token &t);
    bool string(int &i, Token &t);
    bool symbol(int i, Token &t);

private:
    bool fail(int at, int len, const QString &zh, const QString &en)
    {
        error.pos = at;
        error.len = len;
        error.message = Text{zh, en};
        return false;
    }

    const QString &s;
    const int n;
    Lexer::Error &error;
};

// An integer, or a decimal with at most two places.
bool Scanner::number(int &i, Token &t)
{
    std::int64_t v = 0;
    int j = i;
    while (j < n && isDigit(s[j])) {
        const int d = s[j].unicode() - u'0';
        if (v > (INT64_MAX - d) / 10)
            return fail(i, j - i + 1, QStringLiteral("整数太大"), QStringLiteral("integer too large"));
        v = v * 10 + d;
        ++j;
    }
    if (j + 1 < n && s[j] == u'.' && isDigit(s[j + 1])) {
        int k = j + 1;
        int places = 0;
        std::int64_t frac = 0;
        while (k < n && isDigit(s[k])) {
            ++places;
            if (places <= 2)
                frac = frac * 10 + (s[k].unicode() - u'0');
            ++k;
        }
        if (places > 2)
            return fail(i, k - i, QStringLiteral("小数最多两位"), QStringLiteral("a decimal has at most two places"));
        if (places == 1)
            frac *= 10;
        if (v > (INT64_MAX - frac) / 100)
            return fail(i, k - i, QStringLiteral("小数太大"), QStringLiteral("decimal too large"));
        t.kind = Token::Kind::Dec;
        t.value = v * 100 + frac;
        t.len = k - i;
        i = k;
    } else {
        t.kind = Token::Kind::Int;
        t.value = v;
        t.len = j - i;
        i = j;
    }
    if (i < n && isIdentStart(s[i]))
        return fail(i, 1, QStringLiteral("数字后紧跟字母"), QStringLiteral("a letter right after a number"));
    return true;
}

// A name, or the words true, false, in.
void Scanner::identifier(int &i, Token &t)
{
    int j = i;
    while (j < n && (isIdentStart(s[j]) || isDigit(s[j])))
        ++j;
    t.text = s.mid(i, j - i);
    t.len = j - i;
    t.kind = t.text == u"true" ? Token::Kind::True
        : t.text == u"false"   ? Token::Kind::False
        : t.text == u"in"      ? Token::Kind::In
                               : Token::Kind::Ident;
    i = j;
}

// A string in single or double quotes, with \\, \', \", \n, \t escapes.
bool Scanner::string(int &i, Token &t)
{
    const QChar c = s[i];
    int j = i + 1;
    QString text;
    while (true) {
        if (j >= n)
            return fail(i, j - i, QStringLiteral("字符串没有结束引号"), QStringLiteral("unterminated string"));
        if (s[j] == c)
            break;
        if (s[j] == u'\\') {
            if (j + 1 >= n)
                return fail(i, j - i, QStringLiteral("字符串没有结束引号"), QStringLiteral("unterminated string"));
            const QChar e = s[j + 1];
            if (e == u'\\' || e == u'\'' || e == u'"')
                text.append(e);
            else if (e == u'n')
                text.append(u'\n');
            else if (e == u't')
                text.append(u'\t');
            else
                return fail(j, 2, QStringLiteral("无效的转义序列"), QStringLiteral("invalid escape sequence"));
            j += 2;
            continue;
        }
        text.append(s[j]);
        ++j;
    }
    t.kind = Token::Kind::Str;
    t.text = text;
    t.len = j + 1 - i;
    i = j + 1;
    return true;
}

// An operator or punctuation of one or two characters.
bool Scanner::symbol(int i, Token &t)
{
    const QChar c = s[i];
    auto two = [&](QChar a, QChar b) { return c == a && i + 1 < n && s[i + 1] == b; };
    using K = Token::Kind;
    struct Op { char16_t a, b; K kind; };
    static const Op twoChar[] = {{u'&', u'&', K::AndAnd}, {u'|', u'|', K::OrOr}, {u'=', u'=', K::Eq},
                                 {u'!', u'=', K::Ne}, {u'<', u'=', K::Le}, {u'>', u'=', K::Ge},
                                 {u'?', u'?', K::Coalesce}, {u'.', u'.', K::DotDot}};
    bool matched = false;
    for (const Op &op : twoChar) {
        if (two(QChar(op.a), QChar(op.b))) {
            t.kind = op.kind;
            t.len = 2;
            matched = true;
            break;
        }
    }
    if (!matched) {
        t.len = 1;
        switch (c.unicode()) {
        case u'!': t.kind = K::Not; break;
        case u'<': t.kind = K::Lt; break;
        case u'>': t.kind = K::Gt; break;
        case u'+': t.kind = K::Plus; break;
        case u'-': t.kind = K::Minus; break;
        case u'*': t.kind = K::Star; break;
        case u'/': t.kind = K::Slash; break;
        case u'%': t.kind = K::Percent; break;
        case u'?': t.kind = K::Question; break;
        case u':': t.kind = K::Colon; break;
        case u'.': t.kind = K::Dot; break;
        case u',': t.kind = K::Comma; break;
        case u'(': t.kind = K::LParen; break;
        case u')': t.kind = K::RParen; break;
        case u'[': t.kind = K::LBracket; break;
        case u']': t.kind = K::RBracket; break;
        case u'=':
            return fail(i, 1, QStringLiteral("比较相等请写“==”"), QStringLiteral("use '==' to compare"));
        case u'&':
            return fail(i, 1, QStringLiteral("逻辑与请写“&&”"), QStringLiteral("use '&&' for and"));
        case u'|':
            return fail(i, 1, QStringLiteral("逻辑或请写“||”"), QStringLiteral("use '||' for or"));
        default:
            return fail(i, 1, QStringLiteral("无法识别的字符“%1”").arg(c),
                        QStringLiteral("unexpected character '%1'").arg(c));
        }
    }
    return true;
}

} // namespace

bool Lexer::tokenize(const QString &s, std::vector<Token> &tokens, Error &error)
{
    tokens.clear();
    const int n = int(s.size());
    int i = 0;
    Scanner scan(s, error);
    while (true) {
        while (i < n && (s[i] == u' ' || s[i] == u'\t' || s[i] == u'\n' || s[i] == u'\r'))
            ++i;
        Token t;
        t.pos = i;
        if (i >= n) {
            t.kind = Token::Kind::End;
            tokens.push_back(t);
            return true;
        }
        const QChar c = s[i];
        if (isDigit(c)) {
            if (!scan.number(i, t))
                return false;
        } else if (isIdentStart(c)) {
            scan.identifier(i, t);
        } else if (c == u'\'' || c == u'"') {
            if (!scan.string(i, t))
                return false;
        } else {
            if (!scan.symbol(i, t))
                return false;
            i += t.len;
        }
        tokens.push_back(t);
    }
}

} // namespace mianshen::rules
