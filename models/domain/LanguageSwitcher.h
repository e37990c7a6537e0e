#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace mianshen::domain {

// QtCore only, so the headless commands translate without the widgets
// library. Installs the program's translator (built from translations/*.ts and
// compiled in under :/i18n) and Qt's own, for the system locale or a chosen
// language ("system", "zh_CN", "en"). Switching installs the new translators
// at once; widgets retranslate themselves on QEvent::LanguageChange.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // Returns false if the language has no translation (the program then
    // shows its source strings, which are English).
    bool apply(const QString &language);
    // "zh_CN" or "en": what "system" means on this machine.
    static QString resolve(const QString &language);
    QString current() const { return m_current; }

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace mianshen::domain
