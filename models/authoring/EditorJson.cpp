#include "authoring/EditorJson.h"

#include "rules/SourceJson.h"

namespace mianshen::authoring {

QString EditorSourceMap::pathAt(int offset) const
{
    QString best;
    int bestSize = -1;
    for (const auto &[path, span] : spans) {
        if (offset < span.begin || offset >= span.end)
            continue;
        const int size = span.end - span.begin;
        if (bestSize < 0 || size < bestSize || (size == bestSize && path.size() > best.size())) {
            best = path;
            bestSize = size;
        }
    }
    return best;
}

int EditorSourceMap::charIndex(const QString &path, int offset) const
{
    const auto it = spans.find(path);
    if (it == spans.end() || it->second.charOffsets.empty())
        return -1;
    const std::vector<int> &c = it->second.charOffsets;
    for (std::size_t i = 0; i + 1 < c.size(); ++i)
        if (offset >= c[i] && offset < c[i + 1])
            return int(i);
    return offset >= c.back() ? int(c.size()) - 1 : 0;
}

EditorJson EditorJson::string(const QString &s)
{
    EditorJson j;
    j.kind = Kind::String;
    j.text = s;
    return j;
}

EditorJson EditorJson::number(qint64 n)
{
    EditorJson j;
    j.kind = Kind::Number;
    j.text = QString::number(n);
    return j;
}

EditorJson EditorJson::boolean(bool b)
{
    EditorJson j;
    j.kind = Kind::Bool;
    j.boolValue = b;
    return j;
}

EditorJson EditorJson::array()
{
    EditorJson j;
    j.kind = Kind::Array;
    return j;
}

EditorJson EditorJson::object()
{
    EditorJson j;
    j.kind = Kind::Object;
    return j;
}

EditorJson EditorJson::fromSource(const rules::SourceJson &source)
{
    using SK = rules::SourceJson::Kind;
    EditorJson j;
    switch (source.kind) {
    case SK::Null: j.kind = Kind::Null; break;
    case SK::Bool: j.kind = Kind::Bool; j.boolValue = source.boolValue; break;
    case SK::Number: j.kind = Kind::Number; j.text = source.text; break;
    case SK::String: j.kind = Kind::String; j.text = source.text; break;
    case SK::Array:
        j.kind = Kind::Array;
        for (const rules::SourceJson &item : source.items)
            j.items.append(fromSource(item));
        break;
    case SK::Object:
        j.kind = Kind::Object;
        for (const auto &m : source.members)
            j.members.append({m.first, fromSource(m.second)});
        break;
    }
    return j;
}

const EditorJson *EditorJson::member(const QString &key) const
{
    for (const auto &m : members)
        if (m.first == key)
            return &m.second;
    return nullptr;
}

EditorJson &EditorJson::add(const QString &key, EditorJson value)
{
    members.append({key, std::move(value)});
    return members.last().second;
}

QString EditorJson::write(EditorSourceMap *map) const
{
    QString out;
    writeTo(out, 0, QString(), map);
    out += QLatin1Char('\n');
    return out;
}

void EditorJson::writeString(QString &out, const QString &s, std::vector<int> *charOffsets)
{
    out += QLatin1Char('"');
    for (QChar c : s) {
        if (charOffsets)
            charOffsets->push_back(int(out.size()));
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    if (charOffsets)
        charOffsets->push_back(int(out.size()));
    out += QLatin1Char('"');
}

void EditorJson::writeTo(QString &out, int depth, const QString &path, EditorSourceMap *map) const
{
    EditorSourceMap::Span span;
    span.begin = int(out.size());
    const QString indent(2 * (depth + 1), QLatin1Char(' '));
    const QString closing(2 * depth, QLatin1Char(' '));
    const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('/');
    switch (kind) {
    case Kind::Null: out += QLatin1String("null"); break;
    case Kind::Bool: out += boolValue ? QLatin1String("true") : QLatin1String("false"); break;
    case Kind::Number: out += text; break;
    case Kind::String: writeString(out, text, map ? &span.charOffsets : nullptr); break;
    case Kind::Array:
        if (items.isEmpty()) {
            out += QLatin1String("[]");
            break;
        }
        out += QLatin1String("[\n");
        for (qsizetype i = 0; i < items.size(); ++i) {
            out += indent;
            items[i].writeTo(out, depth + 1, prefix + QString::number(i), map);
            out += i + 1 < items.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += closing + QLatin1Char(']');
        break;
    case Kind::Object:
        if (members.isEmpty()) {
            out += QLatin1String("{}");
            break;
        }
        out += QLatin1String("{\n");
        for (qsizetype i = 0; i < members.size(); ++i) {
            out += indent;
            writeString(out, members[i].first, nullptr);
            out += QLatin1String(": ");
            members[i].second.writeTo(out, depth + 1, prefix + members[i].first, map);
            out += i + 1 < members.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += closing + QLatin1Char('}');
        break;
    }
    span.end = int(out.size());
    if (map && !path.isEmpty())
        map->spans[path] = std::move(span);
}

} // namespace mianshen::authoring
