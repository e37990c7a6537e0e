#pragma once

#include <QWidget>

class QLabel;

namespace mianshen::ui {

// What a page shows when there is nothing to show yet: a heading and a
// sentence saying how data gets here. Never invented numbers. Or, when the
// data could not be read, the error in its place.
class EmptyState final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);
    void setText(const QString &heading, const QString &explanation);
    // The same place shows why the data could not be read (in red), so that
    // a failure never looks like "nothing here".
    void setError(const QString &heading, const QString &message);
    bool isError() const { return m_error; }
    QString heading() const;
    QString explanation() const;

private:
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    bool m_error = false;
};

} // namespace mianshen::ui
