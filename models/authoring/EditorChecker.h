#pragma once

#include "authoring/EditorDocument.h"
#include "rules/Diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace mianshen::catalog {
class FeedCatalog;
}
namespace mianshen::rules {
struct Policy;
struct Type;
}

namespace mianshen::authoring {

// One finding of the checker, placed on a field of the document.
struct EditorFinding final
{
    QString path;        // "conditions/2/expr", "definitions/0/table/rules/3/when/1"; "" = the whole file
    rules::Severity severity = rules::Severity::Error;
    int position = -1;   // 0-based character of the field's text; -1 = the whole field
    int length = 1;
    QString code;        // "type-mismatch", "syntax", ...
    rules::Text message;
    int line = 0;        // in the written policy file (1-based; 0 = none)
    int column = 0;      // 1-based: in the field for live checks, in the file otherwise
};

// Where an expression stands in a policy: it decides the names in scope
// (definitions declared before, `amount` in flags) and the type it must have.
enum class EditorPlace { Definition, TableInput, Condition, Exclusion, Amount, Flag, BudgetOrder };

// Checks a policy document for the editor: the whole file through
// PolicyLoader and PolicyChecker (findings mapped back to fields and table
// cells), and one expression at a time as it is typed (parse and type check
// in its place, with the catalog's feeds and columns).
class EditorChecker final
{
public:
    explicit EditorChecker(const catalog::FeedCatalog &catalog);
    ~EditorChecker();

    // Loads the document: its findings, and the types of its definitions for
    // the live checks.
    void setDocument(const EditorDocument &document);
    const QList<EditorFinding> &findings() const { return m_findings; }
    // Findings whose path is `path` or lies under it.
    QList<EditorFinding> findingsUnder(const QString &path) const;
    bool hasErrors() const;
    // The loaded policy (null when the text did not load at all).
    const rules::Policy *policy() const { return m_policy.get(); }

    // The live check of one expression as typed; `index` is the definition's
    // index for Definition and TableInput (the definitions before it are in scope).
    QList<EditorFinding> checkExpression(EditorPlace place, int index, const QString &text) const;
    // The definitions visible in a place.
    QStringList definitionsInScope(EditorPlace place, int index) const;

private:
    const catalog::FeedCatalog &m_catalog;
    EditorDocument m_document;
    std::unique_ptr<rules::Policy> m_policy;
    QHash<QString, int> m_definitionIndex; // name -> index in m_policy->definitions
    QList<EditorFinding> m_findings;
};

} // namespace mianshen::authoring
