#pragma once

#include <QString>

namespace mianshen::itemmodels {

// Masks the personal numbers inside a running text (an explanation, a
// message) the way the tables mask their columns, with SensitiveMask:
// 18-character identity numbers (an enterprise's valid unified social credit
// code stays as it is) and account numbers (runs of 10 to 32 digits).
class SensitiveText final
{
public:
    static QString mask(const QString &text);
};

} // namespace mianshen::itemmodels
