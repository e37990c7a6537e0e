#include "SettingsDialog.h"

#include "Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace mianshen::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->addItem(QString(), QStringLiteral("system"));
    // The languages are named in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(m_languageLabel, m_language);
    m_languageNote = new QLabel(this);
    m_languageNote->setWordWrap(true);
    form->addRow(QString(), m_languageNote);
    m_mask = new QCheckBox(this);
    form->addRow(QString(), m_mask);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::ApplyRole)
            apply();
    });
    selectLanguage(Settings::instance().language());
    m_mask->setChecked(Settings::instance().maskSensitive());
    retranslate();
}

QString SettingsDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::selectLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void SettingsDialog::apply()
{
    Settings &settings = Settings::instance();
    settings.setValue(Settings::Key::MaskSensitive, m_mask->isChecked());
    settings.setLanguage(selectedLanguage());
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("Language:"));
    m_language->setItemText(0, tr("System (%1)").arg(QLocale::system().nativeLanguageName()));
    m_languageNote->setText(tr("A new language is applied at once to every window."));
    m_mask->setText(tr("Mask id and account numbers in tables by default"));
}

} // namespace mianshen::ui
