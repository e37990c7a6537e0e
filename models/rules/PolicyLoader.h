#pragma once

#include "rules/Diagnostic.h"
#include "rules/Policy.h"

#include <memory>

namespace mianshen::rules {

// Reads a policy file (JSON, format "mianshen-policy/1"; reference in
// docs/policies.md): checks its structure, parses every expression and
// type-checks it against the feed catalog. The policy is usable when
// diagnostics has no errors.
class PolicyLoader final
{
public:
    explicit PolicyLoader(const catalog::FeedCatalog &catalog);

    static constexpr int MaxFileSize = 4 * 1024 * 1024;

    std::unique_ptr<Policy> loadFile(const QString &path, Diagnostics &diagnostics) const;
    std::unique_ptr<Policy> loadText(const QString &text, const QString &file, Diagnostics &diagnostics) const;

    // The policies shipped with the program (":/policies/<name>.json"), sorted.
    static QStringList shippedPolicyFiles();

private:
    const catalog::FeedCatalog &m_catalog;
};

} // namespace mianshen::rules
