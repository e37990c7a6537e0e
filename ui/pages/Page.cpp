#include "ui/pages/Page.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>

namespace mianshen::ui {

Page::Page(QWidget *parent)
    : QWidget(parent)
{
}

void Page::clear()
{
}

QLabel *Page::createHeading()
{
    auto *heading = new QLabel(this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    heading->setFont(font);
    return heading;
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
