#include "ui/pages/Page.h"

#include <QEvent>

namespace mianshen::ui {

Page::Page(QWidget *parent)
    : QWidget(parent)
{
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mianshen::ui
