#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mianshen::catalog {
class FeedCatalog;
struct Feed;
}

namespace mianshen::authoring {

// A word the expression editor can offer at the cursor.
struct EditorCandidate final
{
    enum class Kind { Name, Field, Feed, Reference, Function, Method };
    QString text;
    Kind kind = Kind::Name;
    QString detail; // the column's type, the feed's title, the function's form
};

// Completion of expressions: after `x.` the fields of x's feed (columns,
// followable references, the subject's feeds) or the list methods; elsewhere
// the names in scope and the functions of the rule language.
class EditorCompletion final
{
public:
    struct Result
    {
        int from = 0;      // where the word being typed starts
        QString prefix;    // what of it is typed
        QList<EditorCandidate> candidates; // those starting with the prefix, sorted
    };

    EditorCompletion(const catalog::FeedCatalog &catalog, const QString &subject, const QStringList &definitions,
                     bool amountVisible);

    Result complete(const QString &text, int cursor) const;

    static QList<EditorCandidate> functions();
    static QList<EditorCandidate> methods();

private:
    const catalog::Feed *registry(const QString &kind) const;
    // The feed of the record (or list of records) a chain of names ends at.
    const catalog::Feed *resolve(const QString &text, const QStringList &chain, bool &isList, int depth) const;
    QList<EditorCandidate> fieldsOf(const catalog::Feed &feed, bool subjectRecord) const;
    QList<EditorCandidate> namesInScope() const;

    const catalog::FeedCatalog &m_catalog;
    QString m_subject;
    QStringList m_definitions;
    bool m_amountVisible = false;
};

} // namespace mianshen::authoring
