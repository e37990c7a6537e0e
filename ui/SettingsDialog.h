#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace mianshen::ui {

// Language (System / 中文 / English, applied at once) and privacy defaults.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "system", "zh_CN" or "en".
    QString selectedLanguage() const;
    void selectLanguage(const QString &language);
    // Stores the choices in Settings (which applies the language at once).
    void apply();
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QCheckBox *m_mask = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mianshen::ui
