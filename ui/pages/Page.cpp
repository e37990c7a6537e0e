#include "ui/pages/Page.h"

#include <QEvent>
#include <QLocale>

namespace mianshen::ui {

Page::Page(QWidget *parent)
    : QWidget(parent)
{
}

void Page::clear()
{
}

rules::Language Page::uiLanguage()
{
    return QLocale().language() == QLocale::Chinese ? rules::Language::Zh : rules::Language::En;
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mianshen::ui
