#include "domain/ContextFallbackTranslator.h"

#include <QByteArray>

namespace mianshen::domain {

QString ContextFallbackTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                             int n) const
{
    QString result = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!result.isEmpty() || !context)
        return result;
    QByteArray scope(context);
    for (qsizetype cut = scope.lastIndexOf("::"); cut > 0; cut = scope.lastIndexOf("::")) {
        scope.truncate(cut);
        result = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
        if (!result.isEmpty())
            return result;
    }
    return result;
}

} // namespace mianshen::domain
