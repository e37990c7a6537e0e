#pragma once

#include <QWidget>

class QLabel;

namespace mianshen::ui {

// What a page shows when there is nothing to show yet: a heading and a
// sentence saying how data gets here. Never invented numbers.
class EmptyState final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);
    void setText(const QString &heading, const QString &explanation);
    QString heading() const;
    QString explanation() const;

private:
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace mianshen::ui
