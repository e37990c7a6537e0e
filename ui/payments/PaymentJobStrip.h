#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace mianshen::ui {

// The line under the Payments page's actions: while a ledger step runs, what
// it does, the time so far, a busy bar and Cancel; afterwards its outcome, or
// its error in red, in place (no dialog to dismiss).
class PaymentJobStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentJobStrip(QWidget *parent = nullptr);

    void start(const QString &text);
    void showMessage(const QString &text);
    void showError(const QString &text);
    void clear();
    QString text() const;
    bool isError() const { return m_error; }
    bool isRunning() const { return m_running; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void stop();
    void tick();

    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
    QString m_text;
    bool m_error = false;
    bool m_running = false;
};

} // namespace mianshen::ui
