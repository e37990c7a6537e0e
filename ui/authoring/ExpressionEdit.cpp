#include "ui/authoring/ExpressionEdit.h"

#include "authoring/EditorCompletion.h"
#include "catalog/FeedCatalog.h"
#include "ui/authoring/ExpressionHighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>
#include <QStringListModel>

namespace mianshen::ui {

ExpressionEdit::ExpressionEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const int line = fontMetrics().lineSpacing();
    setFixedHeight(line * 3 + 2 * frameWidth() + 8);
    new ExpressionHighlighter(document());
    m_words = new QStringListModel(this);
    m_completer = new QCompleter(m_words, this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseSensitive);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &ExpressionEdit::insertCompletion);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        recheck();
        if (!m_setting)
            Q_EMIT expressionChanged(toPlainText());
    });
}

void ExpressionEdit::setContext(const authoring::EditorChecker *checker, authoring::EditorPlace place, int index,
                                const QString &subject)
{
    m_checker = checker;
    m_place = place;
    m_index = index;
    m_subject = subject;
    recheck();
}

void ExpressionEdit::setExpression(const QString &text)
{
    if (text == toPlainText())
        return;
    m_setting = true;
    setPlainText(text);
    m_setting = false;
}

void ExpressionEdit::recheck()
{
    m_findings = m_checker ? m_checker->checkExpression(m_place, m_index, toPlainText()) : QList<authoring::EditorFinding>();
    showUnderlines();
    const QString message = findingsText();
    setToolTip(message);
    Q_EMIT findingsChanged(message);
}

QString ExpressionEdit::findingsText() const
{
    const bool zh = QLocale().language() == QLocale::Chinese;
    QStringList lines;
    for (const auto &f : m_findings)
        lines << tr("Column %1: %2").arg(f.column).arg(zh ? f.message.zh : f.message.en);
    return lines.join(QLatin1Char('\n'));
}

void ExpressionEdit::showUnderlines()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int size = int(toPlainText().size());
    for (const auto &f : m_findings) {
        QTextEdit::ExtraSelection s;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(f.severity == rules::Severity::Error ? QColor(Qt::red) : QColor(0xd0, 0x8a, 0x00));
        s.cursor = QTextCursor(document());
        const int from = qBound(0, f.position < 0 ? 0 : f.position, qMax(0, size - 1));
        const int to = qBound(from, from + qMax(1, f.length), size);
        s.cursor.setPosition(from);
        s.cursor.setPosition(to == from && size > 0 ? qMin(size, from + 1) : to, QTextCursor::KeepAnchor);
        selections.append(s);
    }
    setExtraSelections(selections);
}

void ExpressionEdit::showCompletions()
{
    if (!m_checker)
        return;
    const authoring::EditorCompletion completion(catalog::FeedCatalog::builtin(), m_subject,
                                                 m_checker->definitionsInScope(m_place, m_index),
                                                 m_place == authoring::EditorPlace::Flag);
    const auto r = completion.complete(toPlainText(), textCursor().position());
    QStringList words;
    for (const auto &c : r.candidates)
        words << c.text;
    m_completionFrom = r.from;
    m_words->setStringList(words);
    m_completer->setCompletionPrefix(r.prefix);
    if (words.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void ExpressionEdit::insertCompletion(const QString &word)
{
    QTextCursor c = textCursor();
    c.setPosition(m_completionFrom);
    c.setPosition(textCursor().position(), QTextCursor::KeepAnchor);
    c.insertText(word);
    setTextCursor(c);
}

void ExpressionEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default: break;
        }
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        return; // an expression is one line (it wraps)
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        showCompletions();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    if (typed == QLatin1String("."))
        showCompletions();
    else if (m_completer->popup()->isVisible())
        showCompletions();
}

} // namespace mianshen::ui
