#include "rules/Diagnostic.h"

namespace mianshen::rules {

QString Diagnostic::render(const QString &source, Language language) const
{
    const bool zh = language == Language::Zh;
    QString kind = severity == Severity::Error ? (zh ? QStringLiteral("错误") : QStringLiteral("error"))
                                               : (zh ? QStringLiteral("警告") : QStringLiteral("warning"));
    QString out = file;
    if (line > 0)
        out += u':' + QString::number(line) + u':' + QString::number(column);
    out += QStringLiteral(": ") + kind + QStringLiteral(": ") + message.in(language);
    if (!code.isEmpty())
        out += QStringLiteral(" [") + code + u']';
    out += u'\n';
    if (line > 0 && !source.isEmpty()) {
        const QStringView text(source);
        qsizetype start = 0;
        for (int l = 1; l < line && start >= 0; ++l) {
            start = text.indexOf(u'\n', start);
            if (start >= 0)
                ++start;
        }
        if (start >= 0) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = text.size();
            QString excerpt = text.mid(start, end - start).toString();
            if (excerpt.endsWith(u'\r'))
                excerpt.chop(1);
            excerpt.replace(u'\t', u' ');
            out += QStringLiteral("  ") + excerpt + u'\n';
            const int col = qBound(1, column, int(excerpt.size()) + 1);
            const int len = qBound(1, length, qMax(1, int(excerpt.size()) - col + 1));
            out += QStringLiteral("  ") + QString(col - 1, u' ') + u'^' + QString(len - 1, u'~') + u'\n';
        }
    }
    return out;
}

bool Diagnostics::hasErrors() const
{
    return errorCount() > 0;
}

int Diagnostics::errorCount() const
{
    int n = 0;
    for (const Diagnostic &d : m_items)
        n += d.severity == Severity::Error;
    return n;
}

int Diagnostics::warningCount() const
{
    return int(m_items.size()) - errorCount();
}

QString Diagnostics::render(const QString &source, Language language) const
{
    QString out;
    for (const Diagnostic &d : m_items)
        out += d.render(source, language);
    return out;
}

} // namespace mianshen::rules
