#pragma once

#include "rules/Text.h"

#include <QWidget>

class QLabel;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

// One page of the main window. Pages show and edit; they read and write
// through models/. The database belongs to the main window and outlives
// the page's use of it (setDatabase(nullptr) is called before it closes).
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr);

    // The name in the navigation, in the current language.
    virtual QString title() const = 0;
    // Null when no database is open.
    virtual void setDatabase(store::Database *db) = 0;
    // Reads again what the page shows (F5, after an import).
    virtual void refresh() = 0;
    // Forgets everything read from the database: rows, texts, selections,
    // explanations. The main window calls it on every page when a database
    // closes, before another one opens, so nothing of the previous one
    // stays on screen. Pages with their own widgets override it.
    virtual void clear();

protected:
    // The page's heading: one size and weight on every page.
    QLabel *createHeading();
    // The language of explanations and policy texts: the one the window speaks.
    static rules::Language uiLanguage();
    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;
};

} // namespace mianshen::ui
