#pragma once

#include "authoring/EditorChecker.h"

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

namespace mianshen::ui {

// The editor of one expression: syntax highlighting, completion of feed
// fields and functions (after a dot, or Ctrl+Space), and the checker's
// findings as you type (a wavy underline under the offending text and the
// message in findingsText(), shown by the form below the field).
class ExpressionEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ExpressionEdit(QWidget *parent = nullptr);

    // Where the expression stands (scope, expected type) and the checker of
    // its document; the check runs again now and on every edit.
    void setContext(const authoring::EditorChecker *checker, authoring::EditorPlace place, int index,
                    const QString &subject);
    QString expression() const { return toPlainText(); }
    // Sets the text without emitting expressionChanged.
    void setExpression(const QString &text);
    void recheck();

    const QList<authoring::EditorFinding> &findings() const { return m_findings; }
    QString findingsText() const;
    QCompleter *completer() const { return m_completer; }
    // Offers the completions at the cursor (as Ctrl+Space does).
    void showCompletions();

Q_SIGNALS:
    void expressionChanged(const QString &text);
    void findingsChanged(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void insertCompletion(const QString &word);
    void showUnderlines();

    const authoring::EditorChecker *m_checker = nullptr;
    authoring::EditorPlace m_place = authoring::EditorPlace::Condition;
    int m_index = 0;
    QString m_subject = QStringLiteral("person");
    QList<authoring::EditorFinding> m_findings;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_words = nullptr;
    int m_completionFrom = 0;
    bool m_setting = false;
};

} // namespace mianshen::ui
