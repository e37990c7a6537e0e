#pragma once

#include <QSyntaxHighlighter>

namespace mianshen::ui {

// Colours an expression of the rule language: strings, numbers, functions
// and methods, the names of the language (person, period, true, in).
class ExpressionHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit ExpressionHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace mianshen::ui
