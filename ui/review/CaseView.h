#pragma once

#include "review/CaseFile.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace mianshen::ui {

// One case as a reviewer reads it: the award and its flags by their labels;
// tabs with the explanation in plain words, the subject's records the
// policy read (per feed, with the delivery date), the subject's earlier
// awards, reviews and payments, and precedents. Personal data is masked
// until the reviewer reveals it (the page records that first). A part that
// could not be read says so in its place, with what to do.
class CaseView final : public QWidget
{
    Q_OBJECT
public:
    explicit CaseView(QWidget *parent = nullptr);

    void showMessage(const QString &message);   // instead of a case: none chosen, loading, an error
    void setCase(const review::CaseFile &file);
    const review::CaseFile *caseFile() const { return m_file ? &*m_file : nullptr; }
    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }

    // What is shown, for tests.
    QString messageText() const;
    QString headerText() const;
    QString explanationText() const;
    QTreeWidget *recordsTree() const { return m_records; }
    QTreeWidget *historyTree() const { return m_history; }
    QTreeWidget *precedentsTree() const { return m_precedents; }
    QPushButton *revealButton() const { return m_reveal; }

Q_SIGNALS:
    void revealRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void renderRecords();
    void renderHistory();
    void renderPrecedents();
    QString shown(const QString &value, review::CaseSensitivity sensitivity) const;

    std::optional<review::CaseFile> m_file;
    bool m_revealed = false;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_flags = nullptr;
    QPushButton *m_reveal = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    QTreeWidget *m_records = nullptr;
    QTreeWidget *m_history = nullptr;
    QTreeWidget *m_precedents = nullptr;
};

} // namespace mianshen::ui
