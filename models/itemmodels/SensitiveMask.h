#pragma once

#include <QString>

namespace mianshen::itemmodels {

// How personal numbers are hidden on screen by default.
class SensitiveMask final
{
public:
    // "441200199001011234" -> "441200********1234". A valid unified social
    // credit code (an enterprise: public data) is shown as it is.
    static QString idNumber(const QString &value);
    // "6222020200112233445" -> "***************3445".
    static QString accountNumber(const QString &value);
};

} // namespace mianshen::itemmodels
