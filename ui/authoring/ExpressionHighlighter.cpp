#include "ui/authoring/ExpressionHighlighter.h"

#include "authoring/EditorCompletion.h"

#include <QRegularExpression>
#include <QSet>

namespace mianshen::ui {

ExpressionHighlighter::ExpressionHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void ExpressionHighlighter::highlightBlock(const QString &text)
{
    static QSet<QString> functions;
    static QSet<QString> methods;
    if (functions.isEmpty()) {
        for (const auto &c : authoring::EditorCompletion::functions())
            functions.insert(c.text);
        for (const auto &c : authoring::EditorCompletion::methods())
            methods.insert(c.text);
    }
    QTextCharFormat stringFormat, numberFormat, functionFormat, keywordFormat;
    stringFormat.setForeground(QColor(0x0a, 0x7d, 0x32));
    numberFormat.setForeground(QColor(0x1a, 0x5f, 0xb4));
    functionFormat.setForeground(QColor(0x8e, 0x35, 0xa8));
    keywordFormat.setForeground(QColor(0xa5, 0x1d, 0x2d));
    keywordFormat.setFontWeight(QFont::Bold);

    static const QRegularExpression token(QStringLiteral(R"(('(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?)|(\b\d+(?:\.\d+)?\b)|(\.?)([A-Za-z_][A-Za-z0-9_]*)(\s*\()?)"));
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength(1)) {
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), stringFormat);
        } else if (m.capturedLength(2)) {
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), numberFormat);
        } else if (m.capturedLength(4)) {
            const QString word = m.captured(4);
            const bool call = m.capturedLength(5) > 0;
            const bool afterDot = m.capturedLength(3) > 0;
            if (call && (afterDot ? methods.contains(word) : functions.contains(word)))
                setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), functionFormat);
            else if (!afterDot && (word == u"true" || word == u"false" || word == u"in" || word == u"person"
                                   || word == u"enterprise" || word == u"period" || word == u"amount"))
                setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), keywordFormat);
        }
    }
}

} // namespace mianshen::ui
