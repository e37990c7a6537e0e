#include "ui/payments/PaymentJobStrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace mianshen::ui {

PaymentJobStrip::PaymentJobStrip(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);   // the ledger's steps are single transactions: busy, not a share
    m_bar->setMaximumWidth(160);
    m_bar->hide();
    layout->addWidget(m_bar);
    m_cancel = new QPushButton(this);
    m_cancel->hide();
    layout->addWidget(m_cancel);
    m_timer = new QTimer(this);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &PaymentJobStrip::tick);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        Q_EMIT cancelRequested();
    });
    m_cancel->setText(tr("Cancel"));
}

void PaymentJobStrip::start(const QString &text)
{
    m_text = text;
    m_error = false;
    m_running = true;
    m_elapsed.start();
    m_label->setStyleSheet(QString());
    m_bar->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_timer->start();
    tick();
}

void PaymentJobStrip::tick()
{
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    m_label->setText(seconds > 0 ? tr("%1 (%n s)", "", int(seconds)).arg(m_text) : m_text);
}

void PaymentJobStrip::stop()
{
    m_running = false;
    m_timer->stop();
    m_bar->hide();
    m_cancel->hide();
}

void PaymentJobStrip::showMessage(const QString &text)
{
    stop();
    m_error = false;
    m_text = text;
    m_label->setStyleSheet(QString());
    m_label->setText(text);
}

void PaymentJobStrip::showError(const QString &text)
{
    stop();
    m_error = true;
    m_text = text;
    m_label->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_label->setText(text);
}

void PaymentJobStrip::clear()
{
    stop();
    m_error = false;
    m_text.clear();
    m_label->clear();
}

QString PaymentJobStrip::text() const
{
    return m_label->text();
}

void PaymentJobStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_cancel->setText(tr("Cancel"));
    QWidget::changeEvent(event);
}

} // namespace mianshen::ui
