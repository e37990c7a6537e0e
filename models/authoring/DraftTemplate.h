#pragma once

#include <QString>

namespace mianshen::authoring {

// The file a new policy starts from: the smallest valid policy for `code`
// (one condition, an amount, two embedded tests that pass), in effect from
// `month` ("YYYY-MM"). Placeholders in the titles tell the author what to fill in.
QString policyTemplate(const QString &code, const QString &month);

// Upper-case letters, digits and '-', starting with a letter, 2-40 characters (as PolicyLoader).
bool isValidPolicyCode(const QString &code);

} // namespace mianshen::authoring
