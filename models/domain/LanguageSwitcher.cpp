#include "domain/LanguageSwitcher.h"

#include "domain/ContextFallbackTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mianshen::domain {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString LanguageSwitcher::resolve(const QString &language)
{
    if (language == QLatin1String("zh_CN") || language == QLatin1String("en"))
        return language;
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

bool LanguageSwitcher::apply(const QString &language)
{
    const QString resolved = resolve(language);
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<ContextFallbackTranslator>();
    m_qt = std::make_unique<QTranslator>();

    const bool loaded = m_app->load(QStringLiteral(":/i18n/mianshen_") + resolved + QStringLiteral(".qm"));
    if (loaded)
        QCoreApplication::installTranslator(m_app.get());
    if (m_qt->load(QStringLiteral("qtbase_") + resolved, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    QLocale::setDefault(QLocale(resolved == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                resolved == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedKingdom));
    m_current = resolved;
    return loaded;
}

} // namespace mianshen::domain
