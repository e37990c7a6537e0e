#pragma once

#include "authoring/EditorChecker.h"
#include "authoring/EditorDocument.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mianshen::ui {

class ExpressionEdit;

// One list of a policy (definitions, conditions, exclusions or review
// flags): the ids on the left with Add / Remove / Up / Down, and the selected
// item's id, label in both languages side by side and expression on the right,
// the checker's findings under the expression as you type.
class RuleListEditor final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Definitions, Conditions, Exclusions, Flags };

    explicit RuleListEditor(Mode mode, QWidget *parent = nullptr);

    void setDocument(authoring::EditorDocument *document, const authoring::EditorChecker *checker);
    // Marks the items that have findings (after the document was checked again).
    void showFindings();
    void selectItem(int row);
    int currentItem() const;
    int itemCount() const;
    void addItem();
    void removeItem();
    void moveItem(int delta);

    QListWidget *list() const { return m_list; }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *labelZhEdit() const { return m_labelZh; }
    QLineEdit *labelEnEdit() const { return m_labelEn; }
    ExpressionEdit *expressionEdit() const { return m_expr; }
    QLabel *findingsLabel() const { return m_message; }

Q_SIGNALS:
    void edited();

private:
    struct Item
    {
        QString id;
        authoring::EditorText label;
        QString expr;
        bool table = false;
    };
    Item item(int row) const;
    void store(int row, const Item &item);
    QString path(int row) const;
    authoring::EditorPlace place() const;
    void fillList();
    void showItem();
    void storeCurrent();
    void retranslate();

    Mode m_mode;
    authoring::EditorDocument *m_document = nullptr;
    const authoring::EditorChecker *m_checker = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_labelZh = nullptr;
    QLineEdit *m_labelEn = nullptr;
    ExpressionEdit *m_expr = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_fileFindings = nullptr;
    bool m_loading = false;
};

} // namespace mianshen::ui
