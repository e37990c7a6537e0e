#pragma once

#include "rules/Text.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace mianshen::rules {

enum class Severity { Error, Warning };

// One finding about a policy file: where (file, 1-based line and column,
// length of the offending text), what (a message in Chinese and English).
struct Diagnostic final
{
    Severity severity = Severity::Error;
    QString file;
    int line = 0;     // 1-based; 0 = the whole file
    int column = 0;   // 1-based, in characters (UTF-16 code units)
    int length = 1;
    QString code;     // stable short name, e.g. "type-mismatch"
    Text message;

    // "file:3:17: error: <message>" followed by the source line and a caret
    // line under the offending text (when source is given).
    QString render(const QString &source, Language language) const;
};

class Diagnostics final
{
public:
    void add(Diagnostic d) { m_items.push_back(std::move(d)); }
    const std::vector<Diagnostic> &items() const { return m_items; }
    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
    QString render(const QString &source, Language language) const;

private:
    std::vector<Diagnostic> m_items;
};

} // namespace mianshen::rules
