#include "EmptyState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mianshen::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_explanation = new QLabel(this);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    for (QLabel *label : {m_heading, m_explanation}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addStretch(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addStretch(3);
}

void EmptyState::setText(const QString &heading, const QString &explanation)
{
    m_error = false;
    m_heading->setStyleSheet(QString());
    m_heading->setText(heading);
    m_explanation->setText(explanation);
}

void EmptyState::setError(const QString &heading, const QString &message)
{
    m_error = true;
    m_heading->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_heading->setText(heading);
    m_explanation->setText(message);
}

QString EmptyState::heading() const
{
    return m_heading->text();
}

QString EmptyState::explanation() const
{
    return m_explanation->text();
}

} // namespace mianshen::ui
