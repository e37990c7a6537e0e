#include "rules/SourceJson.h"

#include <QSet>

namespace mianshen::rules {

const SourceJson *SourceJson::member(QStringView key) const
{
    for (const auto &m : members)
        if (m.first == key)
            return &m.second;
    return nullptr;
}

int SourceJson::keyOffset(QStringView key) const
{
    for (std::size_t i = 0; i < members.size(); ++i)
        if (members[i].first == key)
            return members_keyOffsets[i];
    return offset;
}

int SourceJson::fileOffsetOfChar(int index) const
{
    if (charOffsets.empty())
        return offset;
    if (index < 0)
        index = 0;
    if (std::size_t(index) >= charOffsets.size())
        index = int(charOffsets.size()) - 1;
    return charOffsets[std::size_t(index)];
}

std::pair<int, int> lineColumn(const QString &source, int offset)
{
    int line = 1, column = 1;
    const int end = qMin(offset, int(source.size()));
    for (int i = 0; i < end; ++i) {
        if (source[i] == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

namespace {

class Parser
{
public:
    Parser(const QString &s, SourceJson::ParseError &e) : src(s), err(e) {}

    bool document(SourceJson &out)
    {
        skip();
        if (!value(out, 0))
            return false;
        skip();
        if (pos < src.size())
            return fail(QStringLiteral("文档结束后还有多余内容"), QStringLiteral("unexpected text after the end of the document"));
        return true;
    }

private:
    const QString &src;
    SourceJson::ParseError &err;
    int pos = 0;

    bool fail(const QString &zh, const QString &en)
    {
        err.offset = pos;
        err.message = Text{zh, en};
        return false;
    }
    void skip()
    {
        while (pos < src.size()) {
            const QChar c = src[pos];
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || (pos == 0 && c == QChar(0xFEFF)))
                ++pos;
            else
                break;
        }
    }
    bool literal(const char *word)
    {
        const QLatin1StringView w(word);
        if (QStringView(src).mid(pos, w.size()) == w) {
            pos += int(w.size());
            return true;
        }
        return false;
    }
    bool value(SourceJson &out, int depth)
    {
        if (depth > SourceJson::MaxDepth)
            return fail(QStringLiteral("嵌套层数超过 %1").arg(SourceJson::MaxDepth),
                        QStringLiteral("nesting deeper than %1 levels").arg(SourceJson::MaxDepth));
        if (pos >= src.size())
            return fail(QStringLiteral("文件意外结束"), QStringLiteral("unexpected end of file"));
        out.offset = pos;
        const QChar c = src[pos];
        if (c == u'{')
            return object(out, depth);
        if (c == u'[')
            return array(out, depth);
        if (c == u'"') {
            out.kind = SourceJson::Kind::String;
            return string(out.text, &out.charOffsets);
        }
        if (c == u'-' || (c >= u'0' && c <= u'9'))
            return number(out);
        if (literal("true")) {
            out.kind = SourceJson::Kind::Bool;
            out.boolValue = true;
            return true;
        }
        if (literal("false")) {
            out.kind = SourceJson::Kind::Bool;
            return true;
        }
        if (literal("null")) {
            out.kind = SourceJson::Kind::Null;
            return true;
        }
        return fail(QStringLiteral("此处应为 JSON 值"), QStringLiteral("expected a JSON value"));
    }
    bool number(SourceJson &out)
    {
        const int start = pos;
        if (src[pos] == u'-')
            ++pos;
        auto digits = [&] {
            const int s = pos;
            while (pos < src.size() && src[pos] >= u'0' && src[pos] <= u'9')
                ++pos;
            return pos > s;
        };
        if (!digits())
            return fail(QStringLiteral("数字格式错误"), QStringLiteral("malformed number"));
        if (pos < src.size() && src[pos] == u'.') {
            ++pos;
            if (!digits())
                return fail(QStringLiteral("数字格式错误"), QStringLiteral("malformed number"));
        }
        if (pos < src.size() && (src[pos] == u'e' || src[pos] == u'E')) {
            ++pos;
            if (pos < src.size() && (src[pos] == u'+' || src[pos] == u'-'))
                ++pos;
            if (!digits())
                return fail(QStringLiteral("数字格式错误"), QStringLiteral("malformed number"));
        }
        out.kind = SourceJson::Kind::Number;
        out.text = src.mid(start, pos - start);
        return true;
    }
    static int hex(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    }
    bool string(QString &out, std::vector<int> *offsets)
    {
        ++pos; // opening quote
        out.clear();
        if (offsets)
            offsets->clear();
        while (true) {
            if (pos >= src.size())
                return fail(QStringLiteral("字符串没有结束引号"), QStringLiteral("unterminated string"));
            const QChar c = src[pos];
            if (c == u'"') {
                if (offsets)
                    offsets->push_back(pos);
                ++pos;
                return true;
            }
            if (c.unicode() < 0x20)
                return fail(QStringLiteral("字符串中有未转义的控制字符"), QStringLiteral("control character in a string (escape it)"));
            const int at = pos;
            if (c == u'\\') {
                if (pos + 1 >= src.size())
                    return fail(QStringLiteral("字符串没有结束引号"), QStringLiteral("unterminated string"));
                const QChar e = src[pos + 1];
                pos += 2;
                QChar decoded;
                switch (e.unicode()) {
                case u'"': decoded = u'"'; break;
                case u'\\': decoded = u'\\'; break;
                case u'/': decoded = u'/'; break;
                case u'b': decoded = u'\b'; break;
                case u'f': decoded = u'\f'; break;
                case u'n': decoded = u'\n'; break;
                case u'r': decoded = u'\r'; break;
                case u't': decoded = u'\t'; break;
                case u'u': {
                    int v = 0;
                    for (int i = 0; i < 4; ++i) {
                        const int h = pos < src.size() ? hex(src[pos]) : -1;
                        if (h < 0) {
                            return fail(QStringLiteral("\\u 后应为四位十六进制数"), QStringLiteral("\\u must be followed by four hex digits"));
                        }
                        v = v * 16 + h;
                        ++pos;
                    }
                    decoded = QChar(char16_t(v));
                    break;
                }
                default:
                    pos = at;
                    return fail(QStringLiteral("无效的转义序列"), QStringLiteral("invalid escape sequence"));
                }
                out.append(decoded);
            } else {
                out.append(c);
                ++pos;
            }
            if (offsets)
                offsets->push_back(at);
        }
    }
    bool array(SourceJson &out, int depth)
    {
        out.kind = SourceJson::Kind::Array;
        ++pos;
        skip();
        if (pos < src.size() && src[pos] == u']') {
            ++pos;
            return true;
        }
        while (true) {
            skip();
            out.items.emplace_back();
            if (!value(out.items.back(), depth + 1))
                return false;
            skip();
            if (pos >= src.size())
                return fail(QStringLiteral("数组没有结束"), QStringLiteral("unterminated array"));
            if (src[pos] == u',') {
                ++pos;
                continue;
            }
            if (src[pos] == u']') {
                ++pos;
                return true;
            }
            return fail(QStringLiteral("此处应为“,”或“]”"), QStringLiteral("expected ',' or ']'"));
        }
    }
    bool object(SourceJson &out, int depth)
    {
        out.kind = SourceJson::Kind::Object;
        QSet<QString> seen;
        ++pos;
        skip();
        if (pos < src.size() && src[pos] == u'}') {
            ++pos;
            return true;
        }
        while (true) {
            skip();
            if (pos >= src.size() || src[pos] != u'"')
                return fail(QStringLiteral("此处应为带引号的键名"), QStringLiteral("expected a quoted key"));
            const int keyAt = pos;
            QString key;
            if (!string(key, nullptr))
                return false;
            if (seen.contains(key)) {
                pos = keyAt;
                return fail(QStringLiteral("键“%1”重复").arg(key), QStringLiteral("duplicate key \"%1\"").arg(key));
            }
            seen.insert(key);
            skip();
            if (pos >= src.size() || src[pos] != u':')
                return fail(QStringLiteral("此处应为“:”"), QStringLiteral("expected ':'"));
            ++pos;
            skip();
            out.members.push_back(SourceJson::Member{key, SourceJson()});
            out.members_keyOffsets.push_back(keyAt);
            if (!value(out.members.back().second, depth + 1))
                return false;
            skip();
            if (pos >= src.size())
                return fail(QStringLiteral("对象没有结束"), QStringLiteral("unterminated object"));
            if (src[pos] == u',') {
                ++pos;
                continue;
            }
            if (src[pos] == u'}') {
                ++pos;
                return true;
            }
            return fail(QStringLiteral("此处应为“,”或“}”"), QStringLiteral("expected ',' or '}'"));
        }
    }
};

} // namespace

bool SourceJson::parse(const QString &source, SourceJson &out, ParseError &error)
{
    out = SourceJson();
    Parser p(source, error);
    return p.document(out);
}

} // namespace mianshen::rules
