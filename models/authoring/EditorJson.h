#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <map>
#include <vector>

namespace mianshen::rules {
class SourceJson;
}

namespace mianshen::authoring {

// Where each value of a written policy file is: path ("conditions/2/expr")
// -> its span in the text, and for strings the offset of every decoded
// character (so a finding in the file maps back to a column of a field).
struct EditorSourceMap final
{
    struct Span
    {
        int begin = 0;
        int end = 0;
        std::vector<int> charOffsets; // strings: file offset of each character, plus one past the end
    };
    std::map<QString, Span> spans;

    // The deepest path whose span holds the offset ("" when none).
    QString pathAt(int offset) const;
    // The character of the string at `path` that the file offset falls on (-1 when none).
    int charIndex(const QString &path, int offset) const;
};

// An ordered JSON value (members keep their order; numbers keep the literal
// as written), read from and written to the policy file's layout: two spaces
// per level, one element per line, non-ASCII text as is.
class EditorJson final
{
public:
    enum class Kind { Null, Bool, Number, String, Array, Object };

    Kind kind = Kind::Null;
    bool boolValue = false;
    QString text; // String: the text; Number: the literal
    QList<EditorJson> items;
    QList<QPair<QString, EditorJson>> members;

    static EditorJson string(const QString &s);
    static EditorJson number(qint64 n);
    static EditorJson boolean(bool b);
    static EditorJson array();
    static EditorJson object();
    static EditorJson fromSource(const rules::SourceJson &source);

    const EditorJson *member(const QString &key) const;
    EditorJson &add(const QString &key, EditorJson value);

    // The whole document, ending with a newline.
    QString write(EditorSourceMap *map = nullptr) const;

private:
    void writeTo(QString &out, int depth, const QString &path, EditorSourceMap *map) const;
    static void writeString(QString &out, const QString &s, std::vector<int> *charOffsets);
};

} // namespace mianshen::authoring
