#pragma once

#include "authoring/EditorDocument.h"
#include "rules/Text.h"

#include <QList>

namespace mianshen::catalog {
class FeedCatalog;
}

namespace mianshen::authoring {

// The outcome of one test case of the editor.
struct EditorTestOutcome final
{
    QString name;
    bool passed = false;
    rules::Text message;  // why it failed, or why it could not run
    QString explanation;  // the explaining path's trace, rendered
};

// Runs a document's test cases live (rules::PolicyTestRunner, the code
// `mianshen policy test` uses). When the policy does not load, no case runs
// and each says so.
class EditorTestRun final
{
public:
    explicit EditorTestRun(const catalog::FeedCatalog &catalog);
    QList<EditorTestOutcome> run(const EditorDocument &document, rules::Language language) const;

private:
    const catalog::FeedCatalog &m_catalog;
};

} // namespace mianshen::authoring
