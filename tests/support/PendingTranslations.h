#pragma once

// Test helper: a translator made of translations/pending/*.tsv (the Chinese
// of strings added since the .ts files were last merged: one line per
// message, context<TAB>source<TAB>translation, \n and \t escaped). Installed
// after the program's own translator, so a test sees the window as it will
// be once the pending lines are merged into translations/*.ts.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QString>
#include <QTranslator>

namespace mianshen::test {

class PendingTranslations final : public QTranslator
{
public:
    // Reads every pending file of the source tree.
    explicit PendingTranslations(QObject *parent = nullptr)
        : QTranslator(parent)
    {
        const QDir dir(QStringLiteral(MIANSHEN_SOURCE_DIR "/translations/pending"));
        for (const QString &name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                const QStringList parts = line.split(QLatin1Char('\t'));
                if (parts.size() != 3)
                    continue;
                m_messages.insert(unescape(parts.at(0)) + QChar(0) + unescape(parts.at(1)), unescape(parts.at(2)));
            }
        }
    }

    bool isEmpty() const override { return m_messages.isEmpty(); }
    int size() const { return int(m_messages.size()); }

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        if (!context || !sourceText)
            return {};
        QString text = m_messages.value(QString::fromUtf8(context) + QChar(0) + QString::fromUtf8(sourceText));
        if (text.isEmpty()) {
            // As the program's translator: the enclosing namespaces too.
            QByteArray scope(context);
            for (qsizetype cut = scope.lastIndexOf("::"); cut > 0 && text.isEmpty(); cut = scope.lastIndexOf("::")) {
                scope.truncate(cut);
                text = m_messages.value(QString::fromUtf8(scope) + QChar(0) + QString::fromUtf8(sourceText));
            }
        }
        Q_UNUSED(n) // QCoreApplication::translate puts the number in for %n
        return text;
    }

private:
    static QString unescape(const QString &s)
    {
        QString out;
        out.reserve(s.size());
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s.at(i) == QLatin1Char('\\') && i + 1 < s.size()) {
                const QChar c = s.at(++i);
                out += c == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : c == QLatin1Char('t') ? QChar(QLatin1Char('\t')) : c;
            } else {
                out += s.at(i);
            }
        }
        return out;
    }

    QHash<QString, QString> m_messages;
};

} // namespace mianshen::test
