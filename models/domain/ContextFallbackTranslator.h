#pragma once

#include <QTranslator>

namespace mianshen::domain {

// The program's translator. lupdate files a tr() call made from a free
// function in namespace a::b under the context "a::b", while at run time the
// function asks for the context it names (often "a::b::Class"). On a miss
// this translator tries the enclosing namespaces too ("a::b", then "a"), so
// such strings are translated without every helper function having to match
// lupdate's idea of its context.
class ContextFallbackTranslator final : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace mianshen::domain
